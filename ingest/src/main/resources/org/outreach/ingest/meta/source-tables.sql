-- The META partner's case system (MariaDB, the database the URL names) as SOURCES.md
-- section 2 declares it: what metaExtractJob reads. The extract never creates these tables
-- (they are the partner's); the demo estate and the job tests create their META from this file.
-- DATETIME, as the partner has it: a MariaDB TIMESTAMP would shift with the session's time
-- zone, and may set itself on every update.
CREATE TABLE meta_case (
  case_ref        VARCHAR(20) PRIMARY KEY,  -- e.g. 'MC-10-00042'
  office_code     VARCHAR(30) NOT NULL,     -- reference/locations.csv (kind OFFICE)
  opened_on       DATE NOT NULL,
  closed_on       DATE,
  client_surname  VARCHAR(100),
  client_dob      DATE,
  client_ni       VARCHAR(13),
  client_postcode VARCHAR(10),
  nationality     CHAR(2),
  issue_type      VARCHAR(20) NOT NULL,  -- BENEFITS | TAX | HOUSING | HOMELESSNESS | EMPLOYMENT | REPATRIATION | OTHER
  outcome         VARCHAR(20),           -- REHOUSED | SHELTERED | RETURNED_HOME | BENEFIT_AWARDED | SIGNPOSTED | WITHDRAWN; NULL while open
  last_modified   DATETIME NOT NULL
);

CREATE TABLE meta_contact (             -- one visit of a client to a META office
  contact_id    BIGINT PRIMARY KEY,
  case_ref      VARCHAR(20) NOT NULL,     -- meta_case.case_ref; one with no case is an orphan
  contact_on    DATE NOT NULL,
  office_code   VARCHAR(30) NOT NULL,
  minutes       INT,
  last_modified DATETIME NOT NULL
);
