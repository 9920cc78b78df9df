-- Fee reductions waiting for a review (plan task 8 with task 2's review of doubtful facts): the registrations whose
-- latest birth event said reviewPending, and on each enrolment whether its reduction is held meanwhile (the full fee
-- is charged until the review or a correction settles the facts; then the enrolment is re-priced and published).
CREATE TABLE child_under_review (
    registration_id uuid PRIMARY KEY
);
ALTER TABLE enrolment ADD COLUMN reduction_held boolean NOT NULL DEFAULT false;
