package org.nitratekg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the nitrate-kg ontology ({@code nkg.ttl}), one constant per declared term.
 * {@code NkgVocabularyTest} keeps this class and the Turtle in step both ways.
 */
public final class NKG {
    public static final String NS = "https://w3id.org/nitrate-kg/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/nitrate-kg/ontology";

    private NKG() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    public static final Resource Review = resource("Review");
    public static final Resource DocumentPart = resource("DocumentPart");
    public static final Resource Section = resource("Section");
    public static final Resource Paragraph = resource("Paragraph");
    public static final Resource FigureCaption = resource("FigureCaption");
    public static final Resource Table = resource("Table");
    public static final Resource TableRow = resource("TableRow");
    public static final Resource TableCell = resource("TableCell");
    public static final Resource Reference = resource("Reference");
    public static final Resource ExtractionActivity = resource("ExtractionActivity");
    public static final Resource Catalyst = resource("Catalyst");
    public static final Resource NanocrystallineCatalyst = resource("NanocrystallineCatalyst");
    public static final Resource AtomicallyDispersedCatalyst = resource("AtomicallyDispersedCatalyst");
    public static final Resource SingleAtomCatalyst = resource("SingleAtomCatalyst");
    public static final Resource DualAtomCatalyst = resource("DualAtomCatalyst");
    public static final Resource HomonuclearDualAtomCatalyst = resource("HomonuclearDualAtomCatalyst");
    public static final Resource HeteronuclearDualAtomCatalyst = resource("HeteronuclearDualAtomCatalyst");
    public static final Resource SubNanometreClusterCatalyst = resource("SubNanometreClusterCatalyst");
    public static final Resource SingleAtomAlloy = resource("SingleAtomAlloy");
    public static final Resource SingleAtomParticleHybrid = resource("SingleAtomParticleHybrid");
    public static final Resource MolecularCatalyst = resource("MolecularCatalyst");
    public static final Resource FrameworkCatalyst = resource("FrameworkCatalyst");
    public static final Resource SiteMotif = resource("SiteMotif");
    public static final Resource MetalNitrogenSite = resource("MetalNitrogenSite");
    public static final Resource DualSiteMotif = resource("DualSiteMotif");
    public static final Resource FrustratedLewisPair = resource("FrustratedLewisPair");
    public static final Resource Heterointerface = resource("Heterointerface");
    public static final Resource OxygenVacancy = resource("OxygenVacancy");
    public static final Resource ExposedFacet = resource("ExposedFacet");
    public static final Resource Coordination = resource("Coordination");
    public static final Resource ChemicalElement = resource("ChemicalElement");
    public static final Resource ReactionPathway = resource("ReactionPathway");
    public static final Resource ElementaryStep = resource("ElementaryStep");
    public static final Resource Intermediate = resource("Intermediate");
    public static final Resource CompetingReaction = resource("CompetingReaction");
    public static final Resource ScalingRelation = resource("ScalingRelation");
    public static final Resource DesignStrategy = resource("DesignStrategy");
    public static final Resource CharacterizationTechnique = resource("CharacterizationTechnique");
    public static final Resource CharacterizationMode = resource("CharacterizationMode");
    public static final Resource EvidenceType = resource("EvidenceType");
    public static final Resource Electrolyte = resource("Electrolyte");
    public static final Resource ReferenceElectrode = resource("ReferenceElectrode");
    public static final Resource PerformanceFigure = resource("PerformanceFigure");
    public static final Resource FaradaicEfficiency = resource("FaradaicEfficiency");
    public static final Resource AmmoniaYieldRate = resource("AmmoniaYieldRate");
    public static final Resource OperatingCondition = resource("OperatingCondition");
    public static final Resource AppliedPotential = resource("AppliedPotential");
    public static final Resource AppliedCurrentDensity = resource("AppliedCurrentDensity");
    public static final Resource Claim = resource("Claim");
    public static final Resource ScalingRelationClaim = resource("ScalingRelationClaim");
    public static final Resource CharacterizationEvidence = resource("CharacterizationEvidence");
    public static final Resource RateDeterminingStepClaim = resource("RateDeterminingStepClaim");
    public static final Property partOfReview = property("partOfReview");
    public static final Property inSection = property("inSection");
    public static final Property subsectionOf = property("subsectionOf");
    public static final Property inTable = property("inTable");
    public static final Property hasCell = property("hasCell");
    public static final Property reportsCatalyst = property("reportsCatalyst");
    public static final Property reportedIn = property("reportedIn");
    public static final Property hasPerformance = property("hasPerformance");
    public static final Property ofCatalyst = property("ofCatalyst");
    public static final Property underCondition = property("underCondition");
    public static final Property referenceElectrode = property("referenceElectrode");
    public static final Property inElectrolyte = property("inElectrolyte");
    public static final Property convertedUnit = property("convertedUnit");
    public static final Property hasMotif = property("hasMotif");
    public static final Property hasCoordination = property("hasCoordination");
    public static final Property centralElement = property("centralElement");
    public static final Property coordinatingElement = property("coordinatingElement");
    public static final Property axialLigand = property("axialLigand");
    public static final Property inPlaneLigand = property("inPlaneLigand");
    public static final Property fromIntermediate = property("fromIntermediate");
    public static final Property toIntermediate = property("toIntermediate");
    public static final Property hasStep = property("hasStep");
    public static final Property betweenIntermediate = property("betweenIntermediate");
    public static final Property aboutScalingRelation = property("aboutScalingRelation");
    public static final Property claimSubject = property("claimSubject");
    public static final Property viaStrategy = property("viaStrategy");
    public static final Property aboutCatalyst = property("aboutCatalyst");
    public static final Property usesTechnique = property("usesTechnique");
    public static final Property inMode = property("inMode");
    public static final Property showsIntermediate = property("showsIntermediate");
    public static final Property supportsClaim = property("supportsClaim");
    public static final Property evidenceType = property("evidenceType");
    public static final Property rateDeterminingStep = property("rateDeterminingStep");
    public static final Property shiftedFromStep = property("shiftedFromStep");
    public static final Property appliesStrategy = property("appliesStrategy");
    public static final Property mentions = property("mentions");
    public static final Property quote = property("quote");
    public static final Property derivedFromPart = property("derivedFromPart");
    public static final Property text = property("text");
    public static final Property sectionNumber = property("sectionNumber");
    public static final Property ordinal = property("ordinal");
    public static final Property tableNumber = property("tableNumber");
    public static final Property tablePart = property("tablePart");
    public static final Property figureNumber = property("figureNumber");
    public static final Property columnHeader = property("columnHeader");
    public static final Property printedText = property("printedText");
    public static final Property sourceLine = property("sourceLine");
    public static final Property printedName = property("printedName");
    public static final Property referenceNumber = property("referenceNumber");
    public static final Property firstAuthorSurname = property("firstAuthorSurname");
    public static final Property journalAbbreviation = property("journalAbbreviation");
    public static final Property firstPageOrArticle = property("firstPageOrArticle");
    public static final Property numericValue = property("numericValue");
    public static final Property plusMinus = property("plusMinus");
    public static final Property qualifier = property("qualifier");
    public static final Property printedUnit = property("printedUnit");
    public static final Property convertedValue = property("convertedValue");
    public static final Property conversionNote = property("conversionNote");
    public static final Property breaks = property("breaks");
    public static final Property hedged = property("hedged");
    public static final Property observation = property("observation");
    public static final Property coordinationNumber = property("coordinationNumber");
    public static final Property symmetry = property("symmetry");
    public static final Property interSiteDistance = property("interSiteDistance");
    public static final Property electronsTransferred = property("electronsTransferred");
    public static final Property symbol = property("symbol");
    public static final Resource RHE = resource("RHE");
    public static final Resource AgAgCl = resource("AgAgCl");
    public static final Resource SCE = resource("SCE");
    public static final Resource Hg_HgO = resource("Hg_HgO");
    public static final Resource InSitu = resource("InSitu");
    public static final Resource Operando = resource("Operando");
    public static final Resource ExSitu = resource("ExSitu");
    public static final Resource TheoryDFT = resource("TheoryDFT");
    public static final Resource InSituExperiment = resource("InSituExperiment");
    public static final Resource PerformanceMeasurement = resource("PerformanceMeasurement");
    public static final Resource ReviewGeneralization = resource("ReviewGeneralization");

    // Terms for tables, references and units
    public static final Property ucumExpression = property("ucumExpression");
    public static final Property unconvertibleReason = property("unconvertibleReason");
    public static final Property affiliation = property("affiliation");
    public static final Resource FigurePanel = resource("FigurePanel");
    public static final Property panelLabel = property("panelLabel");
    public static final Property panelOf = property("panelOf");
}
