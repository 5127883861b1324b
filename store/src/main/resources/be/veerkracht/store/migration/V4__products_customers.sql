-- Our own products, their bills of materials and our customers (the optional import sheets products, bom and
-- customers), stored with each snapshot like parts and tools, and registries of product and customer IDs so that
-- export-control classifications and screenings attached to them survive re-imports. Column names are the import
-- file's; attributes: a JSON object of text, as text.

CREATE TABLE product (
    id                      VARCHAR(64) NOT NULL PRIMARY KEY,
    first_seen_snapshot_id  BIGINT      NOT NULL REFERENCES snapshot (id),
    last_seen_snapshot_id   BIGINT      NOT NULL REFERENCES snapshot (id)
);

CREATE TABLE customer (
    id                      VARCHAR(64) NOT NULL PRIMARY KEY,
    first_seen_snapshot_id  BIGINT      NOT NULL REFERENCES snapshot (id),
    last_seen_snapshot_id   BIGINT      NOT NULL REFERENCES snapshot (id)
);

CREATE TABLE snapshot_product (
    snapshot_id    BIGINT      NOT NULL REFERENCES snapshot (id),
    row_no         INTEGER     NOT NULL,
    product_id     VARCHAR(64) NOT NULL REFERENCES product (id),
    name           VARCHAR     NOT NULL,
    dual_use_code  VARCHAR,
    hs_code        VARCHAR(10),
    attributes     VARCHAR     NOT NULL,
    PRIMARY KEY (snapshot_id, product_id),
    CONSTRAINT snapshot_product_row UNIQUE (snapshot_id, row_no)
);

-- One row per product and part it contains; quantity: units of the part per unit of the product, > 0.
CREATE TABLE snapshot_bom (
    snapshot_id  BIGINT           NOT NULL,
    row_no       INTEGER          NOT NULL,
    product_id   VARCHAR(64)      NOT NULL,
    part_id      VARCHAR(64)      NOT NULL REFERENCES part (id),
    quantity     DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (snapshot_id, product_id, part_id),
    CONSTRAINT snapshot_bom_row UNIQUE (snapshot_id, row_no),
    FOREIGN KEY (snapshot_id, product_id) REFERENCES snapshot_product (snapshot_id, product_id),
    FOREIGN KEY (snapshot_id, part_id) REFERENCES snapshot_part (snapshot_id, part_id)
);

CREATE INDEX snapshot_bom_by_part ON snapshot_bom (snapshot_id, part_id);

CREATE TABLE snapshot_customer (
    snapshot_id  BIGINT      NOT NULL REFERENCES snapshot (id),
    row_no       INTEGER     NOT NULL,
    customer_id  VARCHAR(64) NOT NULL REFERENCES customer (id),
    name         VARCHAR     NOT NULL,
    country      VARCHAR(2)  NOT NULL,
    end_use      VARCHAR,
    attributes   VARCHAR     NOT NULL,
    PRIMARY KEY (snapshot_id, customer_id),
    CONSTRAINT snapshot_customer_row UNIQUE (snapshot_id, row_no)
);
