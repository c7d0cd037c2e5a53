package org.nitratekg.loader.write;

import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.nitratekg.loader.extract.CatalystNames;
import org.nitratekg.loader.extract.CellParser;
import org.nitratekg.loader.extract.ColumnRole;
import org.nitratekg.loader.extract.Quantity;
import org.nitratekg.loader.link.YieldUnit;
import org.nitratekg.loader.write.TableWriter.Cell;
import org.nitratekg.ontology.NKG;

/**
 * Writes what one row of a performance table reports: the catalyst, the condition (potential vs. a reference
 * electrode, or current density), the Faradaic efficiency and the yield with its unit and conversion.
 */
final class PerformanceWriter {
    private static final Map<String, Resource> ELECTRODES = Map.of(
            "RHE", NKG.RHE, "Ag/AgCl", NKG.AgAgCl, "SCE", NKG.SCE, "Hg/HgO", NKG.Hg_HgO);

    private PerformanceWriter() {}

    /**
     * Writes the row's figures; returns the catalyst name it reports, or null. A blank catalyst cell (a merged cell
     * in the printed table) continues the catalyst of the row above, {@code previous}.
     */
    static String write(WriteContext ctx, Resource row, Map<ColumnRole, Cell> cells, String previous,
                        String noteElectrode) {
        Cell catalystCell = cells.get(ColumnRole.CATALYST);
        if (catalystCell == null) {
            return null;
        }
        boolean blank = catalystCell.normalized().text().isBlank();
        if (blank && previous == null || !blank && CellParser.isMissing(catalystCell.normalized().text())) {
            return null;
        }
        String name = blank ? previous : CatalystNames.clean(catalystCell.normalized()).text();
        Resource catalyst = ctx.model.createResource(DataIris.catalyst(name))
                .addProperty(RDF.type, NKG.Catalyst)
                .addProperty(NKG.printedName, name)
                .addProperty(RDFS.label, name);
        row.addProperty(NKG.reportsCatalyst, catalyst);
        for (Statement cited : row.listProperties(Terms.cites).toList()) {
            catalyst.addProperty(NKG.reportedIn, cited.getObject());
        }
        // A table may name each row's reference electrode in a column of its own; a note under the table is the fallback.
        Cell electrodeCell = cells.get(ColumnRole.REFERENCE_ELECTRODE);
        String rowElectrode = electrodeCell == null || electrodeCell.normalized().text().isBlank()
                || CellParser.isMissing(electrodeCell.normalized().text()) ? noteElectrode
                : CellParser.canonicalElectrode(electrodeCell.normalized().text());
        Resource condition = condition(ctx, row, cells.get(ColumnRole.CONDITION), rowElectrode);
        Resource electrolyte = electrolyte(ctx, cells.get(ColumnRole.ELECTROLYTE));
        Cell fe = cells.get(ColumnRole.FARADAIC_EFFICIENCY);
        if (fe != null) {
            CellParser.quantity(fe.normalized().text()).ifPresent(q -> {
                FigureUnits.percent(figure(ctx, row, "fe", NKG.FaradaicEfficiency, q, fe, catalyst, condition, electrolyte));
            });
        }
        Cell yield = cells.get(ColumnRole.YIELD);
        if (yield != null) {
            CellParser.quantity(yield.normalized().text()).ifPresent(q -> {
                Resource figure = figure(ctx, row, "yield", NKG.AmmoniaYieldRate, q, yield, catalyst, condition,
                        electrolyte);
                FigureUnits.yield(figure, q.value(), !cellUnit(q).isEmpty() ? cellUnit(q) : yield.column().headerUnit());
            });
        }
        return name;
    }

    /** The unit printed in a yield cell; a remark alone in parentheses, as in "12.3 (at -0.5 V)", is none. */
    private static String cellUnit(Quantity q) {
        String text = q.unitText().strip();
        boolean remarkOnly = text.matches("\\([^()]*\\)")
                && YieldUnit.parse(text.substring(1, text.length() - 1)).isEmpty();
        return remarkOnly ? "" : text;
    }

    private static Resource figure(WriteContext ctx, Resource row, String name, Resource type, Quantity q, Cell cell,
                                   Resource catalyst, Resource condition, Resource electrolyte) {
        Resource figure = ctx.model.createResource(row.getURI() + "/" + name)
                .addProperty(RDF.type, type)
                .addProperty(NKG.partOfReview, ctx.review)
                .addProperty(NKG.numericValue, decimal(ctx, q.value()))
                .addProperty(NKG.ofCatalyst, catalyst)
                .addProperty(NKG.derivedFromPart, cell.resource())
                .addProperty(Terms.wasDerivedFrom, cell.resource());
        if (q.plusMinus() != null) {
            figure.addProperty(NKG.plusMinus, decimal(ctx, q.plusMinus()));
        }
        if (q.qualifier() != null) {
            figure.addProperty(NKG.qualifier, q.qualifier());
        }
        if (condition != null) {
            figure.addProperty(NKG.underCondition, condition);
        }
        if (electrolyte != null) {
            figure.addProperty(NKG.inElectrolyte, electrolyte);
        }
        row.addProperty(NKG.hasPerformance, figure);
        return figure;
    }

    private static Resource condition(WriteContext ctx, Resource row, Cell cell, String rowElectrode) {
        if (cell == null) {
            return null;
        }
        Optional<Quantity> parsed = CellParser.condition(cell.normalized().text());
        if (parsed.isEmpty()) {
            return null;
        }
        Quantity q = parsed.get();
        String header = cell.column().header().toLowerCase(java.util.Locale.ROOT);
        String unit = q.unitText() != null && !q.unitText().isEmpty() ? q.unitText()
                : cell.column().headerUnit() != null ? cell.column().headerUnit()
                : header.contains("current") ? "mA cm-2" : "V";
        boolean potential = unit.endsWith("V");
        Resource condition = ctx.model.createResource(row.getURI() + "/condition")
                .addProperty(RDF.type, potential ? NKG.AppliedPotential : NKG.AppliedCurrentDensity)
                .addProperty(NKG.partOfReview, ctx.review)
                .addProperty(NKG.numericValue, decimal(ctx, q.value()))
                .addProperty(NKG.printedUnit, unit)
                .addProperty(NKG.derivedFromPart, cell.resource())
                .addProperty(Terms.wasDerivedFrom, cell.resource());
        if (q.qualifier() != null) {
            condition.addProperty(NKG.qualifier, q.qualifier());
        }
        if (potential) {
            condition.addProperty(Terms.unit, unit.equals("mV") ? Terms.MILLIVOLT : Terms.VOLT);
            String electrode = q.electrode() != null ? q.electrode()
                    : cell.column().headerElectrode() != null ? cell.column().headerElectrode() : rowElectrode;
            if (electrode != null) {
                condition.addProperty(NKG.referenceElectrode, electrode(ctx, electrode));
            }
        } else {
            condition.addProperty(Terms.unit, ctx.model.createResource(YieldUnit.LOCAL_UNIT_NS
                    + (unit.startsWith("mA") ? "MilliA" : "A") + "-PER-CentiM2"));
        }
        return condition;
    }

    private static Resource electrode(WriteContext ctx, String name) {
        Resource known = ELECTRODES.get(name);
        Resource electrode = known != null ? ctx.model.createResource(known.getURI())
                : ctx.model.createResource(DataIris.referenceElectrode(name)).addProperty(RDF.type, NKG.ReferenceElectrode);
        return electrode.addProperty(SKOS.altLabel, name);
    }

    private static Resource electrolyte(WriteContext ctx, Cell cell) {
        if (cell == null || CellParser.isMissing(cell.normalized().text())) {
            return null;
        }
        String name = cell.normalized().text();
        return ctx.model.createResource(DataIris.electrolyte(name))
                .addProperty(RDF.type, NKG.Electrolyte)
                .addProperty(RDFS.label, name);
    }

    private static org.apache.jena.rdf.model.Literal decimal(WriteContext ctx, String lexical) {
        return ctx.model.createTypedLiteral(lexical, XSDDatatype.XSDdecimal);
    }
}
