/**
 * Name matching for sanctions screening (issue 9, item 2; docs/screening.md): {@link
 * be.veerkracht.screening.match.NameNormaliser} (case, diacritics, Cyrillic/Greek/Arabic to Latin with ICU, legal
 * forms), the {@link be.veerkracht.screening.match.NameMatcher} port with its weighted token-alignment
 * implementation, and {@link be.veerkracht.screening.match.ListIndex}, candidate retrieval with an in-memory Lucene
 * index. The only core package that uses Lucene and ICU4J (house rule 1); no file or network I/O.
 */
package be.veerkracht.screening.match;
