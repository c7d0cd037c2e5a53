import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.*;

/**
 * Warm conversion of the bundled review in one JVM: WARMUP conversions, then RUNS timed ones; prints the median and
 * the minimum of the wall time and of the converting thread's CPU time (the latter is less disturbed by other
 * processes on a shared machine). Used by compare-warm.sh to run two converters interleaved.
 * Usage: java -cp CLASSPATH WarmConvert.java WARMUP RUNS [LABEL]
 */
public class WarmConvert {
    public static void main(String[] a) throws Exception {
        int warm = Integer.parseInt(a[0]), runs = Integer.parseInt(a[1]);
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        ReviewText review = ReviewText.bundled();
        ReviewConverter c = new ReviewConverter();
        for (int i = 0; i < warm; i++) c.convert(review);
        long[] t = new long[runs], cpu = new long[runs];
        long size = 0;
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime(), sc = tm.getCurrentThreadCpuTime();
            size += c.convert(review).size();
            t[i] = System.nanoTime() - s;
            cpu[i] = tm.getCurrentThreadCpuTime() - sc;
        }
        Arrays.sort(t); Arrays.sort(cpu);
        System.out.printf("%s: wall median %.1f ms min %.1f | thread cpu median %.1f ms min %.1f (triples %d)%n",
                a.length > 2 ? a[2] : "", t[runs / 2] / 1e6, t[0] / 1e6, cpu[runs / 2] / 1e6, cpu[0] / 1e6, size / runs);
    }
}
