import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;

/**
 * Converts each review named on the command line (or "bundled") on its own and writes its N-Triples to OUT_DIR/NAME.nt:
 * the input of same-output.sh, which compares two converters' outputs triple for triple.
 * Usage: java -cp CLASSPATH ConvertEach.java OUT_DIR REVIEW...
 */
public class ConvertEach {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        ReviewConverter converter = new ReviewConverter();
        for (int i = 1; i < args.length; i++) {
            ReviewText review = args[i].equals("bundled") ? ReviewText.bundled()
                    : new ReviewText(args[i], Files.readString(Path.of(args[i]), StandardCharsets.UTF_8));
            Model model = converter.convert(review);
            String name = args[i].equals("bundled") ? "bundled" : Path.of(args[i]).getFileName().toString().replaceFirst("\\.txt$", "");
            try (var stream = Files.newOutputStream(out.resolve(name + ".nt"))) {
                RDFDataMgr.write(stream, model, Lang.NTRIPLES);
            }
        }
    }
}
