package cn.gov.zhangping.fertility.indicator.values.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.indicator.births.persistence.BirthObservationRepository;
import cn.gov.zhangping.fertility.indicator.catalogue.domain.Catalogue;
import cn.gov.zhangping.fertility.indicator.childcare.domain.ChildcareIndicators;
import cn.gov.zhangping.fertility.indicator.catalogue.domain.Indicator;
import cn.gov.zhangping.fertility.indicator.catalogue.domain.Target;
import cn.gov.zhangping.fertility.indicator.config.IndicatorsConfig;
import cn.gov.zhangping.fertility.indicator.households.domain.HouseholdIndicators;
import cn.gov.zhangping.fertility.indicator.population.persistence.PopulationRepository;
import cn.gov.zhangping.fertility.indicator.values.persistence.IndicatorValueRepository;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.reference.Township;
import cn.gov.zhangping.fertility.platform.reference.Townships;

/**
 * The figures of the 24 indicators: 1 and 2 computed from the birth observations and the loaded population when read
 * (so a correction, a cancellation or a rebuild from the log moves them at once), 9-16 likewise from the childcare
 * registry's events ({@link ChildcareIndicators}) and 22-24 from the households' reviews and the schemes' payments
 * ({@link HouseholdIndicators}), every other indicator from the stored values
 * ({@code indicator_value}: approved reports). An indicator with no value in a year has status NO_DATA.
 */
@ApplicationScoped
public class IndicatorValues {

    public static final String CITY = Townships.CITY_CODE;

    @Inject
    Catalogue catalogue;

    @Inject
    BirthObservationRepository births;

    @Inject
    PopulationRepository population;

    @Inject
    IndicatorValueRepository stored;

    @Inject
    ChildcareIndicators childcare;

    @Inject
    HouseholdIndicators households;

    @Inject
    IndicatorsConfig config;

    /** The city figures of every indicator in a year; {@code detail} says per indicator whether the caller sees it unsuppressed. */
    public List<IndicatorFigure> year(int year, Predicate<Indicator> detail) {
        int from = year - Math.max(config.seriesYears(), 3) + 1;
        Map<Integer, Map<Integer, Map<String, Cell>>> cells = cells(from, year);
        List<IndicatorFigure> result = new ArrayList<>();
        for (Indicator indicator : catalogue.all()) {
            result.add(figure(indicator, year, from, cells.getOrDefault(indicator.number(), Map.of()), detail.test(indicator)));
        }
        return result;
    }

    /** One indicator's figures by township in a year, suppressed (with the complementary cells) unless {@code detail}. */
    public TownshipFigures townships(int number, int year, Predicate<Indicator> detail) {
        Indicator indicator = catalogue.get(number);
        boolean sees = detail.test(indicator);
        Map<String, Cell> byTownship = cells(year, year).getOrDefault(number, Map.of()).getOrDefault(year, Map.of());
        List<Township> townships = List.copyOf(Townships.all());
        List<Long> counts = new ArrayList<>();
        for (Township t : townships) {
            Cell c = byTownship.get(t.code());
            counts.add(c == null ? 0 : Estimates.smallestCount(indicator.measure(), c));
        }
        boolean[] hidden = Suppression.suppress(counts, config.suppressionThreshold());
        List<TownshipFigures.Row> rows = new ArrayList<>();
        for (int i = 0; i < townships.size(); i++) {
            Township t = townships.get(i);
            Cell c = byTownship.get(t.code());
            boolean suppressed = !sees && hidden[i];
            if (c == null || suppressed) {
                rows.add(new TownshipFigures.Row(t.code(), t.name(), null, null, null, null, null, suppressed));
                continue;
            }
            Estimate e = Estimates.of(indicator.measure(), indicator.multiplier(), c);
            rows.add(new TownshipFigures.Row(t.code(), t.name(), c.numerator(), c.denominator(), round(e.value()),
                    round(e.interval().lower()), round(e.interval().upper()), false));
        }
        return new TownshipFigures(number, year, config.suppressionThreshold(), sees, rows);
    }

    public int threshold() {
        return config.suppressionThreshold();
    }

    private IndicatorFigure figure(Indicator indicator, int year, int from, Map<Integer, Map<String, Cell>> byYear, boolean sees) {
        String measure = indicator.measure();
        int threshold = config.suppressionThreshold();
        Cell cell = city(byYear, year);
        Estimate e = Estimates.of(measure, indicator.multiplier(), cell);
        Estimate previous = Estimates.of(measure, indicator.multiplier(), city(byYear, year - 1));
        Trend trend = Trend.of(previous.value(), e.value());
        Target target = indicator.targetFor(year).orElse(null);
        Status status = target == null ? (e.value() == null ? Status.NO_DATA : Status.MET)
                : StatusRule.of(e.value(), e.interval(), target.comparator(), target.target().doubleValue(), trend);
        boolean suppressed = !sees && cell != null && isSmall(measure, cell, threshold);

        List<IndicatorFigure.Point> series = new ArrayList<>();
        for (int y = from; y <= year; y++) {
            Cell c = city(byYear, y);
            boolean hide = !sees && c != null && isSmall(measure, c, threshold);
            series.add(new IndicatorFigure.Point(y, hide ? null : round(Estimates.of(measure, indicator.multiplier(), c).value())));
        }
        IndicatorFigure.Rolling rolling = rolling(indicator, year, byYear, sees, threshold);
        IndicatorFigure.TargetView targetView = target == null ? null : new IndicatorFigure.TargetView(target.planPeriod(),
                target.targetText(), target.comparator().name(), target.target().doubleValue());
        Interval ci = e.interval() == null ? new Interval(null, null, Interval.NONE) : e.interval();
        boolean show = cell != null && !suppressed;
        return new IndicatorFigure(indicator.number(), indicator.theme(), indicator.nameZh(), indicator.nameEn(),
                indicator.unitZh(), indicator.unitEn(), indicator.nature(),
                indicator.owners().stream().map(Enum::name).toList(), indicator.provenance(), year,
                show ? cell.numerator() : null, show ? cell.denominator() : null,
                show ? round(e.value()) : null, show ? round(ci.lower()) : null, show ? round(ci.upper()) : null,
                ci.method(), rolling, targetView, status, trend, suppressed, sees, series);
    }

    private IndicatorFigure.Rolling rolling(Indicator indicator, int year, Map<Integer, Map<String, Cell>> byYear,
                                            boolean sees, int threshold) {
        Cell sum = null;
        for (int y = year - 2; y <= year; y++) {
            Cell c = city(byYear, y);
            if (c == null) {
                return null;
            }
            sum = sum == null ? c : sum.plus(c);
        }
        if (!sees && isSmall(indicator.measure(), sum, threshold)) {
            return new IndicatorFigure.Rolling(year - 2, year, null, null, null, null, null);
        }
        Estimate e = Estimates.of(indicator.measure(), indicator.multiplier(), sum);
        return new IndicatorFigure.Rolling(year - 2, year, sum.numerator(), sum.denominator(), round(e.value()),
                e.interval() == null ? null : round(e.interval().lower()), e.interval() == null ? null : round(e.interval().upper()));
    }

    private static boolean isSmall(String measure, Cell cell, int threshold) {
        return Estimates.counts(measure, cell).stream().anyMatch(c -> Suppression.isSmall(c, threshold));
    }

    private static Cell city(Map<Integer, Map<String, Cell>> byYear, int year) {
        Map<String, Cell> cells = byYear.get(year);
        return cells == null ? null : cells.get(CITY);
    }

    /** indicator → year → township ('350881' = city) → cell, for [from, to]. */
    Map<Integer, Map<Integer, Map<String, Cell>>> cells(int from, int to) {
        if (to < from || from < 1900 || to > 2200) {
            throw DomainException.invalid("year", "must be between 2000 and 2100");
        }
        Map<Integer, Map<Integer, Map<String, Cell>>> result = new HashMap<>(stored.annual(from, to));
        Map<Integer, Map<String, Map<String, Long>>> counts = births.countsBetween(from, to);
        Map<Integer, Map<String, Long>> pops = population.between(from, to);
        Map<Integer, Map<String, Cell>> rate = new HashMap<>();
        Map<Integer, Map<String, Cell>> ratio = new HashMap<>();
        for (int y = from; y <= to; y++) {
            Map<String, Map<String, Long>> bySex = counts.getOrDefault(y, Map.of());
            Map<String, Long> pop = pops.get(y);
            if (bySex.isEmpty() && pop == null) {
                continue;
            }
            Map<String, Cell> rateCells = new HashMap<>();
            Map<String, Cell> ratioCells = new HashMap<>();
            long male = 0;
            long female = 0;
            long people = 0;
            boolean allPopulations = pop != null;
            for (Township t : Townships.all()) {
                Map<String, Long> s = bySex.getOrDefault(t.code(), Map.of());
                long m = s.getOrDefault("MALE", 0L);
                long f = s.getOrDefault("FEMALE", 0L);
                Long p = pop == null ? null : pop.get(t.code());
                allPopulations &= p != null;
                people += p == null ? 0 : p;
                male += m;
                female += f;
                rateCells.put(t.code(), new Cell(m + f, p, Cell.COMPUTED));
                if (m + f > 0) {
                    ratioCells.put(t.code(), new Cell(m, f, Cell.COMPUTED));
                }
            }
            rateCells.put(CITY, new Cell(male + female, allPopulations ? people : null, Cell.COMPUTED));
            if (male + female > 0) {
                ratioCells.put(CITY, new Cell(male, female, Cell.COMPUTED));
            }
            rate.put(y, rateCells);
            ratio.put(y, ratioCells);
        }
        result.put(1, rate);
        result.put(2, ratio);
        childcare.cells(from, to, pops).forEach((y, byIndicator) -> byIndicator.forEach((number, byTownship) ->
                result.computeIfAbsent(number, n -> new HashMap<>()).put(y, byTownship)));
        households.cells(from, to).forEach((y, byIndicator) -> byIndicator.forEach((number, byTownship) ->
                result.computeIfAbsent(number, n -> new HashMap<>()).put(y, byTownship)));
        return result;
    }

    private static Double round(Double x) {
        if (x == null || x.isInfinite() || x.isNaN()) {
            return null;
        }
        return Math.round(x * 1000) / 1000.0;
    }
}
