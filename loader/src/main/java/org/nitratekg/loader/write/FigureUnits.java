package org.nitratekg.loader.write;

import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.nitratekg.loader.link.YieldConversion;
import org.nitratekg.loader.link.YieldConverter;
import org.nitratekg.loader.link.YieldUnit;
import org.nitratekg.ontology.NKG;

/**
 * The unit statements of a performance figure, the same whether the figure was read from a table cell or from a
 * sentence: printed unit, QUDT unit, UCUM expression and the conversion to a common basis (or why there is none).
 */
public final class FigureUnits {
    private FigureUnits() {}

    /** A Faradaic efficiency in percent. */
    public static void percent(Resource figure) {
        figure.addProperty(NKG.printedUnit, "%").addProperty(Terms.unit, Terms.PERCENT);
    }

    /** A yield rate of {@code value} printed with {@code unitText} (null when neither cell nor header prints one). */
    public static void yield(Resource figure, String value, String unitText) {
        if (unitText == null) {
            figure.addProperty(NKG.unconvertibleReason, "no unit is printed in the cell or its header");
            return;
        }
        figure.addProperty(NKG.printedUnit, YieldUnit.asciiForm(unitText));
        Optional<YieldUnit> unit = YieldUnit.parse(unitText);
        if (unit.isEmpty()) {
            figure.addProperty(NKG.unconvertibleReason, "the unit '" + YieldUnit.asciiForm(unitText)
                    + "' is not a product of known mass, amount, time, area or mass-basis factors");
            return;
        }
        Model model = figure.getModel();
        Resource unitResource = model.createResource(unit.get().iri())
                .addProperty(RDF.type, Terms.QudtUnit)
                .addProperty(Terms.ucumCode, unit.get().plainUcum());
        figure.addProperty(Terms.unit, unitResource).addProperty(NKG.ucumExpression, unit.get().ucum());
        YieldConversion conversion = YieldConverter.convert(value, unit.get());
        if (conversion.isConverted()) {
            figure.addProperty(NKG.convertedValue, model.createTypedLiteral(conversion.lexicalValue(), XSDDatatype.XSDdecimal))
                    .addProperty(NKG.convertedUnit, model.createResource(conversion.targetIri()))
                    .addProperty(NKG.conversionNote, conversion.note());
        } else {
            figure.addProperty(NKG.unconvertibleReason, conversion.reason());
        }
    }
}
