-- Tables every service has (platform module): transactional outbox, consumer inbox, idempotency keys.
-- Platform migrations are numbered 0.x so that they never collide with a service's own V1, V2, ...

CREATE TABLE outbox_event (
    id           uuid PRIMARY KEY,
    topic        varchar(249)  NOT NULL,
    record_key   varchar(200)  NOT NULL,
    event_type   varchar(200)  NOT NULL,
    subject      varchar(200)  NOT NULL,
    data_schema  varchar(500),
    payload      text          NOT NULL,
    occurred_at  timestamptz   NOT NULL,
    sent_at      timestamptz,
    attempts     integer       NOT NULL DEFAULT 0,
    last_error   varchar(500)
);
CREATE INDEX outbox_event_unsent ON outbox_event (occurred_at, id) WHERE sent_at IS NULL;

CREATE TABLE inbox_event (
    source        varchar(200) NOT NULL,
    event_id      varchar(200) NOT NULL,
    event_type    varchar(200) NOT NULL,
    topic         varchar(249) NOT NULL,
    partition_no  integer      NOT NULL,
    record_offset bigint       NOT NULL,
    received_at   timestamptz  NOT NULL,
    PRIMARY KEY (source, event_id)
);

CREATE TABLE idempotency_key (
    caller          varchar(200) NOT NULL,
    operation       varchar(100) NOT NULL,
    idempotency_key varchar(200) NOT NULL,
    request_hash    char(64)     NOT NULL,
    resource_id     uuid         NOT NULL,
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (caller, operation, idempotency_key)
);
