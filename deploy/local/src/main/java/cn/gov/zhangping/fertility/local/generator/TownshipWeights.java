package cn.gov.zhangping.fertility.local.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** The 16 townships with the populations births are weighted by ({@code generator/townships.tsv}). */
public final class TownshipWeights {

    public record Township(String code, String name, long population, boolean urban) {
    }

    private static final String RESOURCE = "/generator/townships.tsv";
    private final List<Township> townships;
    private final long total;

    private TownshipWeights(List<Township> townships) {
        this.townships = List.copyOf(townships);
        this.total = townships.stream().mapToLong(Township::population).sum();
    }

    public static TownshipWeights load() {
        try (InputStream in = TownshipWeights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            List<Township> list = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                list.add(new Township(f[0], f[1], Long.parseLong(f[2]), Boolean.parseBoolean(f[3])));
            }
            return new TownshipWeights(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Township> all() {
        return townships;
    }

    public long totalPopulation() {
        return total;
    }

    /** A township drawn with probability proportional to its population. */
    public Township draw(RandomGenerator random) {
        long x = random.nextLong(total);
        for (Township t : townships) {
            x -= t.population();
            if (x < 0) {
                return t;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }
}
