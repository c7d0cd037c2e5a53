package org.nitratekg.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

class ParallelConversionTest {
    @Test
    void modelsComeInInputOrderWithOnlyAWindowConvertedAhead() {
        List<Integer> inputs = IntStream.range(0, 40).boxed().toList();
        AtomicInteger started = new AtomicInteger();
        List<Integer> aheadSeen = new ArrayList<>();
        List<String> order = new ArrayList<>();
        try (ParallelConversion<Integer> models = new ParallelConversion<>(inputs, i -> {
            started.incrementAndGet();
            try {
                Thread.sleep((i * 7) % 5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return StoreLoaderTest.paragraph(i, "paragraph " + i);
        }, 3)) {
            int consumed = 0;
            while (models.hasNext()) {
                Model m = models.next();
                consumed++;
                aheadSeen.add(started.get() - consumed);
                order.add(m.listObjects().next().asLiteral().getString());
            }
        }
        assertThat(order).containsExactlyElementsOf(inputs.stream().map(i -> "paragraph " + i).toList());
        assertThat(aheadSeen).allMatch(ahead -> ahead <= 6);
    }

    @Test
    void aConversionFailingLateAbortsTheWholeLoad() {
        DatasetGraph dsg = NkgDatasets.inMemory();
        new StoreLoader(dsg, ProgressListener.NONE).load(List.of(StoreLoaderTest.paragraph(0, "already there")));
        List<Integer> inputs = IntStream.range(1, 30).boxed().toList();
        try (ParallelConversion<Integer> models = new ParallelConversion<>(inputs, i -> {
            if (i == 25) throw new IllegalArgumentException("review 25: bad table row");
            return StoreLoaderTest.paragraph(i, "paragraph " + i);
        }, 2)) {
            assertThatThrownBy(() -> new StoreLoader(dsg, ProgressListener.NONE).load(models, inputs.size()))
                    .hasMessageContaining("review 25");
        }
        assertThat(Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size())).isEqualTo(1);
        assertThat(StoreLoaderTest.textHits(dsg, "paragraph")).isZero();
    }
}
