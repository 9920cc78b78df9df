-- The audit trail of personal data (issue 13; PIPL Art. 51, GB/T 35273-2020 §11.3): who (the token's subject), from
-- which client (the token's azp/client_id, the remote address), when, what (a full identity number shown, a personal
-- record changed, a search by identity number, the trail itself read), which record (type and id, never an identity
-- number or a name) and with what outcome.
CREATE TABLE audit_event (
    id             uuid         PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL DEFAULT now(),
    subject        varchar(200) NOT NULL,
    client_id      varchar(200),
    remote_address varchar(64),
    action         varchar(30)  NOT NULL
        CHECK (action IN ('FULL_ID_SHOWN', 'RECORD_CHANGED', 'SEARCHED_BY_ID_NUMBER', 'AUDIT_READ')),
    record_type    varchar(40)  NOT NULL,
    record_id      uuid,
    outcome        varchar(20)  NOT NULL CHECK (outcome IN ('OK', 'NOT_FOUND', 'DENIED', 'INVALID', 'ERROR')),
    operation      varchar(120) NOT NULL
);
CREATE INDEX audit_event_time ON audit_event (occurred_at, id);
CREATE INDEX audit_event_subject ON audit_event (subject, occurred_at);
CREATE INDEX audit_event_record ON audit_event (record_id, occurred_at);

-- Append-only, enforced here and not in the application: no UPDATE, no TRUNCATE, and DELETE only of rows older than
-- the retention floor of 183 days (6 months; the application's fertility.audit.retention-days may keep rows longer,
-- never shorter). So no code path of the application, whatever it asks, can remove a recent row.
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.occurred_at < now() - interval '183 days' THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
