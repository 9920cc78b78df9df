-- Supervision of nurseries (plan task 10: 加强监管 ... 建立健全托育机构监督检查制度): inspections with their outcome and
-- findings, and the enforcement actions taken on them. A suspension, its lifting and a revocation move the nursery
-- through its lifecycle (institution_status_change keeps that step too).
CREATE TABLE inspection (
    id               uuid          PRIMARY KEY,
    institution_id   uuid          NOT NULL REFERENCES childcare_institution (id),
    inspected_on     date          NOT NULL,
    department       varchar(100)  NOT NULL,
    kind             varchar(20)   NOT NULL CHECK (kind IN ('ROUTINE', 'COMPLAINT', 'SPECIAL_CAMPAIGN')),
    outcome          varchar(25)   NOT NULL CHECK (outcome IN ('PASSED', 'PASSED_WITH_FINDINGS', 'FAILED')),
    summary          varchar(500),
    actor_role       varchar(40)   NOT NULL,
    recorded_at      timestamptz   NOT NULL
);
CREATE INDEX inspection_institution ON inspection (institution_id, inspected_on);

CREATE TABLE inspection_finding (
    id                uuid          PRIMARY KEY,
    inspection_id     uuid          NOT NULL REFERENCES inspection (id),
    institution_id    uuid          NOT NULL REFERENCES childcare_institution (id),
    category          varchar(20)   NOT NULL,
    severity          varchar(10)   NOT NULL CHECK (severity IN ('MINOR', 'MAJOR', 'CRITICAL')),
    description       varchar(500)  NOT NULL,
    rectify_by        date          NOT NULL,
    status            varchar(10)   NOT NULL CHECK (status IN ('OPEN', 'RECTIFIED')),
    rectified_on      date,
    rectified_note    varchar(500),
    rectified_role    varchar(40)
);
CREATE INDEX inspection_finding_institution ON inspection_finding (institution_id, status);

CREATE TABLE enforcement_action (
    id               uuid          PRIMARY KEY,
    institution_id   uuid          NOT NULL REFERENCES childcare_institution (id),
    kind             varchar(25)   NOT NULL CHECK (kind IN ('WARNING', 'RECTIFICATION_ORDER', 'FINE', 'SUSPENSION',
                                                            'SUSPENSION_LIFTED', 'REVOCATION')),
    taken_on         date          NOT NULL,
    reason           varchar(500)  NOT NULL,
    fine_amount      numeric(12,2) CHECK (fine_amount > 0),
    inspection_id    uuid          REFERENCES inspection (id),
    actor_role       varchar(40)   NOT NULL,
    recorded_at      timestamptz   NOT NULL,
    CHECK ((kind = 'FINE') = (fine_amount IS NOT NULL))
);
CREATE INDEX enforcement_action_institution ON enforcement_action (institution_id, recorded_at);
