-- The council CRM's tables (PostgreSQL, schema crm) as SOURCES.md section 1 declares them:
-- what crmExtractJob reads. The extract never creates them (they are the council's); the demo
-- estate, the job tests and the benchmark create their CRM from this file.
CREATE SCHEMA crm;

CREATE TABLE crm.customer (
  customer_id        BIGINT PRIMARY KEY,
  forename           VARCHAR(100),
  surname            VARCHAR(100),
  date_of_birth      DATE,
  ni_number          VARCHAR(13),        -- may hold spaces or lower case: 'ab 12 34 56 c'
  postcode           VARCHAR(10),        -- may be lower case or unspaced: 'ip241aa'
  nationality        CHAR(2),            -- ISO 3166-1 alpha-2, e.g. PL LT LV PT GB; NULL allowed
  preferred_language VARCHAR(8),         -- ISO 639-1; NULL allowed
  updated_at         TIMESTAMP NOT NULL
);

CREATE TABLE crm.service_transaction (
  transaction_id BIGINT PRIMARY KEY,
  customer_id    BIGINT REFERENCES crm.customer,  -- NULL for anonymous enquiries
  occurred_at    TIMESTAMP NOT NULL,
  channel        VARCHAR(20) NOT NULL,  -- BUS | WORKS_CLUB | OFFICE | PHONE | WEB
  location_code  VARCHAR(30),           -- reference/locations.csv; NULL for PHONE and WEB
  service_code   VARCHAR(12) NOT NULL,  -- reference/service-codes.csv
  outcome_code   VARCHAR(20),           -- RESOLVED | REFERRED | SIGNPOSTED | FOLLOW_UP | NULL
  staff_id       VARCHAR(20),
  is_void        BOOLEAN NOT NULL DEFAULT FALSE,  -- recorded in error: excluded from indicators
  updated_at     TIMESTAMP NOT NULL
);
