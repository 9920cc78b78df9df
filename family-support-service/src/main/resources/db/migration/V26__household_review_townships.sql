-- A township officer's yearly review covers only the households of their townships (issue 13, township scope): a
-- review names the townships it covers (comma-separated codes, sorted), or none for a city-wide review. One review
-- per year and township: a review may not overlap another of its year (checked by RunningReview under an advisory lock
-- of the year); the city-wide one stays unique per year here too.
ALTER TABLE household_review ADD COLUMN township_codes varchar(200)
    CHECK (township_codes ~ '^[0-9]{9}(,[0-9]{9})*$');
ALTER TABLE household_review DROP CONSTRAINT household_review_year_key;
CREATE UNIQUE INDEX household_review_city_year ON household_review (year) WHERE township_codes IS NULL;
CREATE INDEX household_review_year ON household_review (year);
