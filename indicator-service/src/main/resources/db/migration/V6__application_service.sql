-- The joint application of "birth is one matter" (出生一件事) as its sub-matter events describe it
-- (application.sub-matter-changed.v1 from family-support-service): one row per application and sub-matter with its
-- latest status, when it was first seen (submitted), when it was done, whether it was ever rejected and its time
-- limit. The service statistics of the dashboard are computed from these rows; they are derived from the events
-- alone (a rebuild empties and replays them). No personal data: ids, sub-matter, department, dates.
CREATE TABLE sub_matter_observation (
    application_id  uuid        NOT NULL,
    sub_matter      varchar(40) NOT NULL,
    department      varchar(40) NOT NULL,
    status          varchar(10) NOT NULL CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'DONE', 'REJECTED')),
    due_on          date        NOT NULL,
    submitted_at    timestamptz NOT NULL,
    changed_at      timestamptz NOT NULL,
    done_at         timestamptz,
    ever_rejected   boolean     NOT NULL,
    PRIMARY KEY (application_id, sub_matter)
);
CREATE INDEX sub_matter_observation_submitted_at ON sub_matter_observation (submitted_at);
