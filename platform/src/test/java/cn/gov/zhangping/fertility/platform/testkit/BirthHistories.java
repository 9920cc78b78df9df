package cn.gov.zhangping.fertility.platform.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Random histories of a few birth registrations for property-based consumer tests, drawn with jqwik's
 * {@link Arbitraries} from a fixed seed: registrations, corrections (of any fact, or of none the events carry) and
 * cancellations in an order the producer could have sent them, mixed with what the broker and operators add: the
 * same event delivered again, and an older event of the registration sent again under a new event id. Each history
 * comes with the final record of each registration, from which a consumer's state can be computed afresh.
 */
public final class BirthHistories {

    /** The facts a birth event carries. */
    public record Facts(String sex, LocalDate birthDate, int birthOrder, String townshipCode, String communityCode,
                        boolean specialFamily, boolean rural) {

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sex", sex);
            m.put("birthDate", birthDate.toString());
            m.put("birthOrder", birthOrder);
            m.put("townshipCode", townshipCode);
            m.put("communityCode", communityCode);
            m.put("specialFamily", specialFamily);
            m.put("rural", rural);
            return m;
        }
    }

    /** One record on the topic, in the order of the history. */
    public record Sent(String type, String eventId, UUID registrationId, int revision, String data) {

        /** The record as a consumer reads it, to hand to its {@code @Incoming} method directly. */
        public ConsumerRecord<String, String> record(long offset) {
            return BirthRegisteredEvents.record(type, eventId, registrationId, data, offset);
        }

        /** Publishes the record on the topic. */
        public void publish() {
            BirthRegisteredEvents.publishAs(type, eventId, registrationId, data);
        }
    }

    /** A registration as the producer holds it after the history: its last facts, revision, and whether it stands. */
    public record Registration(UUID id, Facts facts, int revision, boolean cancelled) {
    }

    /** The records of a history, and the final record of each registration it names. */
    public record History(List<Sent> events, Map<UUID, Registration> finals) {

        /** The last revision of each registration. */
        public Map<UUID, Integer> revisions() {
            Map<UUID, Integer> result = new LinkedHashMap<>();
            finals.values().forEach(r -> result.put(r.id(), r.revision()));
            return result;
        }
    }

    /**
     * The last revision of each of the registrations that the service applied ({@code aggregate_revision}); a test
     * that publishes a history waits for these to be the history's {@link History#revisions()} before it compares
     * states, since an intermediate state can look like the final one.
     */
    public static Map<UUID, Integer> appliedRevisions(DataSource dataSource, Collection<UUID> registrations) {
        Map<UUID, Integer> result = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT last_revision FROM aggregate_revision WHERE aggregate_type = 'birth-registration' AND aggregate_id = ?""")) {
            for (UUID id : registrations) {
                s.setObject(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        result.put(id, rs.getInt(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the applied revisions", e);
        }
        return result;
    }

    private enum Kind { CHANGE, CANCEL, REDELIVER, REPLAY }

    private record Move(int registration, Kind kind, Facts facts, int pick) {
    }

    private static final LocalDate FIRST_BIRTH = LocalDate.of(2023, 2, 1);
    private static final LocalDate LAST_BIRTH = LocalDate.of(2026, 12, 31);

    private BirthHistories() {
    }

    /**
     * {@code tries} histories drawn from {@code seed}, each of up to {@code maxRegistrations} registrations and
     * {@code maxMoves} moves, with places in {@code townships} (communities 001 to 003 of each).
     */
    public static List<History> sample(long seed, int tries, List<String> townships, int maxRegistrations, int maxMoves) {
        List<History> histories = new ArrayList<>();
        JqwikSession.start();
        try {
            Random random = new Random(seed);
            RandomGenerator<Tuple.Tuple2<Integer, List<Move>>> generator =
                    Combinators.combine(Arbitraries.integers().between(1, maxRegistrations),
                                    moves(townships, maxMoves)).as(Tuple::of)
                            .generator(1000);
            for (int i = 0; i < tries; i++) {
                Tuple.Tuple2<Integer, List<Move>> drawn = generator.next(random).value();
                histories.add(play(drawn.get1(), drawn.get2(), new Random(random.nextLong())));
            }
        } finally {
            JqwikSession.finish();
        }
        return histories;
    }

    private static Arbitrary<List<Move>> moves(List<String> townships, int maxMoves) {
        Arbitrary<Facts> facts = Combinators.combine(
                Arbitraries.of("MALE", "FEMALE"),
                Arbitraries.integers().between(0, (int) (LAST_BIRTH.toEpochDay() - FIRST_BIRTH.toEpochDay()))
                        .map(FIRST_BIRTH::plusDays),
                Arbitraries.integers().between(1, 4),
                Arbitraries.of(townships),
                Arbitraries.integers().between(1, 3),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false)
        ).as((sex, born, order, township, community, special, rural) -> new Facts(sex, born, order, township,
                township + String.format("%03d", community), special, rural));
        Arbitrary<Kind> kind = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(Kind.CHANGE)), Tuple.of(1, Arbitraries.just(Kind.CANCEL)),
                Tuple.of(2, Arbitraries.just(Kind.REDELIVER)), Tuple.of(2, Arbitraries.just(Kind.REPLAY)));
        Arbitrary<Move> move = Combinators.combine(Arbitraries.integers().between(0, 99), kind, facts,
                Arbitraries.integers().between(0, 999)).as(Move::new);
        return move.list().ofMinSize(1).ofMaxSize(maxMoves);
    }

    private static History play(int registrations, List<Move> moves, Random ids) {
        List<UUID> regs = new ArrayList<>();
        for (int i = 0; i < registrations; i++) {
            regs.add(new UUID(ids.nextLong(), ids.nextLong()));
        }
        Map<UUID, Registration> state = new LinkedHashMap<>();
        Map<UUID, List<Sent>> byRegistration = new LinkedHashMap<>();
        List<Sent> events = new ArrayList<>();
        for (Move m : moves) {
            UUID id = regs.get(m.registration() % registrations);
            Registration current = state.get(id);
            Sent sent = null;
            switch (m.kind()) {
                case CHANGE -> {
                    if (current == null) {
                        Map<String, Object> data = m.facts().toMap();
                        data.put("registrationId", id.toString());
                        data.put("registeredAt", "2026-11-20T08:00:00Z");
                        if (m.pick() % 2 == 0) {
                            data.put("revision", 1);
                        }
                        sent = new Sent(BirthRegisteredEvents.TYPE, newEventId(ids), id, 1, BirthRegisteredEvents.json(data));
                        state.put(id, new Registration(id, m.facts(), 1, false));
                    } else if (!current.cancelled()) {
                        int revision = current.revision() + 1;
                        Map<String, Object> data = m.facts().toMap();
                        data.put("registrationId", id.toString());
                        data.put("revision", revision);
                        data.put("changedFields", changed(current.facts(), m.facts()));
                        data.put("correctedAt", "2026-11-21T08:00:00Z");
                        sent = new Sent(BirthRegisteredEvents.CORRECTED_TYPE, newEventId(ids), id, revision,
                                BirthRegisteredEvents.json(data));
                        state.put(id, new Registration(id, m.facts(), revision, false));
                    }
                }
                case CANCEL -> {
                    if (current != null && !current.cancelled()) {
                        int revision = current.revision() + 1;
                        Map<String, Object> data = new LinkedHashMap<>();
                        data.put("registrationId", id.toString());
                        data.put("revision", revision);
                        if (m.pick() % 2 == 0) {
                            data.put("reason", "REGISTERED_IN_ERROR");
                        } else {
                            data.put("reason", "DUPLICATE");
                            data.put("duplicateOf", regs.get((m.registration() + 1) % registrations).toString());
                        }
                        data.put("cancelledAt", "2026-11-22T08:00:00Z");
                        sent = new Sent(BirthRegisteredEvents.CANCELLED_TYPE, newEventId(ids), id, revision,
                                BirthRegisteredEvents.json(data));
                        state.put(id, new Registration(id, current.facts(), revision, true));
                    }
                }
                case REDELIVER -> {
                    if (!events.isEmpty()) {
                        sent = events.get(m.pick() % events.size());
                    }
                }
                case REPLAY -> {
                    List<Sent> earlier = byRegistration.getOrDefault(id, List.of());
                    if (!earlier.isEmpty()) {
                        Sent old = earlier.get(m.pick() % earlier.size());
                        sent = new Sent(old.type(), newEventId(ids), id, old.revision(), old.data());
                    }
                }
            }
            if (sent != null) {
                events.add(sent);
                byRegistration.computeIfAbsent(sent.registrationId(), k -> new ArrayList<>()).add(sent);
            }
        }
        return new History(events, state);
    }

    private static String newEventId(Random ids) {
        return new UUID(ids.nextLong(), ids.nextLong()).toString();
    }

    /** The fields a correction from {@code before} to {@code after} changes; the child's name when none it carries. */
    private static List<String> changed(Facts before, Facts after) {
        List<String> fields = new ArrayList<>();
        Map<String, Object> a = before.toMap();
        after.toMap().forEach((field, value) -> {
            if (!value.equals(a.get(field))) {
                fields.add(field);
            }
        });
        return fields.isEmpty() ? List.of("childName") : fields;
    }
}
