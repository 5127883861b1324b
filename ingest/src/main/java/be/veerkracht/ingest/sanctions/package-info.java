/**
 * Import of the official sanctions lists into the core model ({@link be.veerkracht.screening.SanctionsList}): one
 * {@link be.veerkracht.ingest.sanctions.SanctionsListReader} per format (EU FSF XML v1.1, UN consolidated XML, OFAC
 * SDN CSV, OpenSanctions targets.simple.csv), {@link be.veerkracht.ingest.sanctions.SanctionsListFormat} to pick
 * one, and {@link be.veerkracht.ingest.sanctions.InvalidSanctionsListException} for a file that is refused as a
 * whole. XML is streamed with StAX, DTDs and external entities refused; CSV is read with Apache Commons CSV. The
 * formats, what is read from each and the limits are in {@code docs/sanctions-lists.md}.
 */
package be.veerkracht.ingest.sanctions;
