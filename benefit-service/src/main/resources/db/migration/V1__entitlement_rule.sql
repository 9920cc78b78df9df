-- The entitlement rule catalogue: what a registered birth entitles the family to under the Zhangping
-- fertility-friendly city plan (漳政办规〔2023〕2号). Amounts, percentages, ages and cost shares are data here,
-- each with the plan section it comes from.
--
-- A row is one version of one rule. It applies to children born from effective_from to effective_to (both
-- inclusive; effective_to NULL = in force until replaced). To change a rule, set effective_to on its row and add a
-- new row with a new code; the terms of a row that has granted entitlements are never edited.
--
-- Conditions: min_birth_order (NULL = any child) and special_family_only (child born into a family-planning
-- special family, 计划生育特殊家庭). When several rules of the same entitlement and beneficiary apply to one child,
-- the most favourable one (highest percent, then highest quantity) is granted.
--
-- Ages are in completed months: a child reaches N months on the same day of the month as the birth, or on the
-- first day of the next month when that month has no such day (born 29 Feb: 3 years old on 1 Mar of a common
-- year). An entitlement runs from the day the child reaches age_from_months to the day before it reaches
-- age_to_months.
CREATE TABLE entitlement_rule (
    code                 varchar(60)   PRIMARY KEY,
    entitlement_code     varchar(30)   NOT NULL
        CHECK (entitlement_code IN ('PARENTAL_LEAVE', 'NUTRITION_PACK', 'CHILDCARE_FEE_REDUCTION')),
    beneficiary          varchar(10)   NOT NULL CHECK (beneficiary IN ('MOTHER', 'FATHER', 'CHILD')),
    min_birth_order      integer       CHECK (min_birth_order >= 1),
    special_family_only  boolean       NOT NULL,
    quantity             integer       CHECK (quantity > 0),
    unit                 varchar(20)   CHECK (unit IN ('DAYS_PER_YEAR')),
    percent              numeric(5,2)  CHECK (percent > 0 AND percent <= 100),
    age_from_months      integer       NOT NULL CHECK (age_from_months >= 0),
    age_to_months        integer       NOT NULL,
    effective_from       date          NOT NULL,
    effective_to         date,
    source               varchar(200)  NOT NULL,
    note                 varchar(1000),
    CONSTRAINT entitlement_rule_ages CHECK (age_to_months > age_from_months),
    CONSTRAINT entitlement_rule_quantity_has_unit CHECK ((quantity IS NULL) = (unit IS NULL)),
    CONSTRAINT entitlement_rule_has_terms CHECK (quantity IS NOT NULL OR percent IS NOT NULL),
    CONSTRAINT entitlement_rule_period CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

-- Who bears the cost of an entitlement, in parts of a ratio (2 and 8 for 2:8).
CREATE TABLE entitlement_rule_cost_share (
    rule_code   varchar(60)  NOT NULL REFERENCES entitlement_rule (code),
    payer       varchar(40)  NOT NULL,
    payer_name  varchar(60)  NOT NULL,
    parts       integer      NOT NULL CHECK (parts > 0),
    PRIMARY KEY (rule_code, payer)
);

-- effective_from: the plan applies from its issue date, 2023-04-10 (本实施方案从印发之日起施行).
-- effective_to: the plan is nominally valid until 2025-12-31 and is to be evaluated and adjusted (三、工作保障,
-- last paragraph). The rules are seeded open (NULL) so that births after that date keep their entitlements until
-- the City Health Commission replaces or ends a rule; an administrator closes a rule by setting effective_to.
INSERT INTO entitlement_rule (code, entitlement_code, beneficiary, min_birth_order, special_family_only,
                              quantity, unit, percent, age_from_months, age_to_months,
                              effective_from, effective_to, source, note) VALUES
('PARENTAL_LEAVE_MOTHER_2023', 'PARENTAL_LEAVE', 'MOTHER', NULL, false,
 10, 'DAYS_PER_YEAR', NULL, 0, 36, DATE '2023-04-10', NULL,
 '漳政办规〔2023〕2号 二(四)11',
 '育儿假: 用人单位对符合法律、法规规定生育子女的夫妻，在其子女年满3周岁之前，每年给予夫妻双方各10天育儿假. Granted by the employer. Plan nominally valid until 2025-12-31 (三、工作保障); in force until replaced.'),
('PARENTAL_LEAVE_FATHER_2023', 'PARENTAL_LEAVE', 'FATHER', NULL, false,
 10, 'DAYS_PER_YEAR', NULL, 0, 36, DATE '2023-04-10', NULL,
 '漳政办规〔2023〕2号 二(四)11',
 '育儿假: 用人单位对符合法律、法规规定生育子女的夫妻，在其子女年满3周岁之前，每年给予夫妻双方各10天育儿假. Granted by the employer. Plan nominally valid until 2025-12-31 (三、工作保障); in force until replaced.'),
('NUTRITION_PACK_2023', 'NUTRITION_PACK', 'CHILD', NULL, false,
 NULL, NULL, 100.00, 6, 24, DATE '2023-04-10', NULL,
 '漳政办规〔2023〕2号 二(二)6',
 '营养包: 为6-24月龄儿童免费发放"营养包" (free of charge, 100%; the plan sets no quantity). Distributed by the health side (市卫健局、财政局). Plan nominally valid until 2025-12-31 (三、工作保障); in force until replaced.'),
('CHILDCARE_FEE_THIRD_CHILD_2023', 'CHILDCARE_FEE_REDUCTION', 'CHILD', 3, false,
 NULL, NULL, 50.00, 0, 36, DATE '2023-04-10', NULL,
 '漳政办规〔2023〕2号 二(三)8',
 '托育保育费减免: 对生育三孩家庭婴幼儿入托（公办普惠性托育机构）托育保育费予以50%减免; applies to the third and each later child when attending a public inclusive nursery; 托育 serves children under 3 (二(三)9, Annex 1 indicator 12). Reduction shared by Longyan prefecture and Zhangping city finance 2:8. Plan nominally valid until 2025-12-31 (三、工作保障); in force until replaced.'),
('CHILDCARE_FEE_SPECIAL_FAMILY_2023', 'CHILDCARE_FEE_REDUCTION', 'CHILD', NULL, true,
 NULL, NULL, 100.00, 0, 36, DATE '2023-04-10', NULL,
 '漳政办规〔2023〕2号 二(三)8',
 '托育保育费全免: 对计生特殊家庭再生育婴幼儿入托（公办普惠性托育机构）托育保育费全免; a child born into a family-planning special family, any birth order; 托育 serves children under 3 (二(三)9, Annex 1 indicator 12). Reduction shared by Longyan prefecture and Zhangping city finance 2:8. Plan nominally valid until 2025-12-31 (三、工作保障); in force until replaced.');

-- 减免费用由龙岩市级财政与我市财政按2:8比例分担 (二(三)8).
INSERT INTO entitlement_rule_cost_share (rule_code, payer, payer_name, parts) VALUES
('CHILDCARE_FEE_THIRD_CHILD_2023', 'LONGYAN_PREFECTURE_FINANCE', '龙岩市级财政', 2),
('CHILDCARE_FEE_THIRD_CHILD_2023', 'ZHANGPING_CITY_FINANCE', '漳平市财政', 8),
('CHILDCARE_FEE_SPECIAL_FAMILY_2023', 'LONGYAN_PREFECTURE_FINANCE', '龙岩市级财政', 2),
('CHILDCARE_FEE_SPECIAL_FAMILY_2023', 'ZHANGPING_CITY_FINANCE', '漳平市财政', 8);
