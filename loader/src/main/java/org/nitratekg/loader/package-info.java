/**
 * Review text in, Jena model out ({@link org.nitratekg.loader.ReviewConverter#convert}), as a pipeline of small
 * stages, each in its own package:
 * <ol>
 *   <li>{@code read}: strict UTF-8 decoding and numbered lines with file offsets;</li>
 *   <li>{@code segment}: front matter, numbered sections at any depth, paragraphs joined again across page furniture
 *       (copyright and publisher's notes, running heads), figure captions, tables in parts that repeat their header,
 *       and the numbered reference list;</li>
 *   <li>{@code normalize}: LaTeX fragments, Unicode sub- and superscripts, dash and minus variants, micro sign and
 *       converter spacing, keeping an offset map back to the printed text;</li>
 *   <li>{@code extract}: column roles, cell values (±, qualifiers, %, thousands separators, powers of ten),
 *       conditions, catalyst names, references and in-text citations;</li>
 *   <li>{@code link}: printed yield units to canonical UCUM expressions and QUDT-style unit IRIs, with conversions to
 *       mg NH3 h⁻¹ cm⁻² or mg NH3 h⁻¹ mg_cat⁻¹ done by the UCUM library;</li>
 *   <li>{@code write}: the RDF, every part located by line, quote and position selectors;</li>
 *   <li>{@code quality}: the data-quality report over a converted model.</li>
 * </ol>
 * Bad input raises {@link org.nitratekg.loader.ReviewFormatException} with {@code FILE:LINE: what was expected}.
 */
package org.nitratekg.loader;
