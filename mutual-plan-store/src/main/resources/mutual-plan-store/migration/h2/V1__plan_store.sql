-- mutual-plan-store, version 1: plans, their events, snapshots, the outbox of notifications and the record of
-- erasures. Every row names its tenant; every key starts with it. JSON columns hold mutual-plan-json documents.

CREATE TABLE mp_plan (
  tenant          VARCHAR(128) NOT NULL,
  plan_id         VARCHAR(128) NOT NULL,
  first_version   BIGINT       NOT NULL,
  version         BIGINT       NOT NULL,
  kind            VARCHAR(32)  NOT NULL,
  status          VARCHAR(32)  NOT NULL,
  seller_owner    VARCHAR(128) NOT NULL,
  title           CLOB         NOT NULL,
  target_close    DATE         NOT NULL,
  template_id     VARCHAR(200),
  health_band     VARCHAR(16),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant, plan_id)
);
CREATE INDEX mp_plan_owner ON mp_plan (tenant, seller_owner, plan_id);
CREATE INDEX mp_plan_status ON mp_plan (tenant, status, plan_id);
CREATE INDEX mp_plan_target_close ON mp_plan (tenant, target_close, plan_id);
CREATE INDEX mp_plan_health ON mp_plan (tenant, health_band, plan_id);
CREATE INDEX mp_plan_template ON mp_plan (tenant, template_id, plan_id);
CREATE INDEX mp_plan_updated ON mp_plan (tenant, updated_at, plan_id);

CREATE TABLE mp_event (
  tenant    VARCHAR(128) NOT NULL,
  plan_id   VARCHAR(128) NOT NULL,
  version   BIGINT       NOT NULL,
  seq       INTEGER      NOT NULL,
  actor     VARCHAR(128) NOT NULL,
  at        TIMESTAMP WITH TIME ZONE NOT NULL,
  event     CLOB         NOT NULL,
  PRIMARY KEY (tenant, plan_id, version, seq),
  FOREIGN KEY (tenant, plan_id) REFERENCES mp_plan (tenant, plan_id) ON DELETE CASCADE
);
CREATE INDEX mp_event_at ON mp_event (tenant, plan_id, at);

CREATE TABLE mp_snapshot (
  tenant    VARCHAR(128) NOT NULL,
  plan_id   VARCHAR(128) NOT NULL,
  version   BIGINT       NOT NULL,
  plan      CLOB         NOT NULL,
  PRIMARY KEY (tenant, plan_id, version),
  FOREIGN KEY (tenant, plan_id) REFERENCES mp_plan (tenant, plan_id) ON DELETE CASCADE
);

CREATE TABLE mp_outbox (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant      VARCHAR(128) NOT NULL,
  plan_id     VARCHAR(128) NOT NULL,
  version     BIGINT       NOT NULL,
  audience    VARCHAR(16)  NOT NULL,
  recipients  CLOB         NOT NULL,
  event       CLOB         NOT NULL,
  FOREIGN KEY (tenant, plan_id) REFERENCES mp_plan (tenant, plan_id) ON DELETE CASCADE
);

CREATE TABLE mp_erasure (
  tenant          VARCHAR(128) NOT NULL,
  plan_id         VARCHAR(128) NOT NULL,
  stakeholder_id  VARCHAR(128) NOT NULL,
  erased_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant, plan_id, stakeholder_id, erased_at)
);
