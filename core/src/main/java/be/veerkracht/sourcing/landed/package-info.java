/**
 * Total landed cost per sourcing option (price, freight, import duty, pipeline, safety-stock and cycle-stock carrying
 * cost, ordering cost, transport emissions optionally priced with a carbon price), the near-versus-far short-chain
 * comparison per part, and the portfolio's Scope 3 category 4 (upstream transportation) estimate. Plain Java, no
 * I/O: the reference tables come in as values (read by {@code ingest.reference.TransportReferenceLoader}). See
 * {@code docs/landed-cost.md}.
 */
package be.veerkracht.sourcing.landed;
