-- Planning standards for childcare (漳政办规〔2023〕2号 二(三)9 and Annex 1, indicators 9-14). Rules read these
-- rows instead of carrying the numbers in code; a revised plan is a new migration that updates them.
CREATE TABLE planning_standard (
    code            varchar(60)   PRIMARY KEY,
    description     varchar(300)  NOT NULL,
    original_text   varchar(300)  NOT NULL,
    bound           varchar(8)    NOT NULL CHECK (bound IN ('AT_LEAST', 'BELOW')),
    standard_value  numeric(12,2) NOT NULL CHECK (standard_value > 0),
    unit            varchar(60)   NOT NULL,
    target_year     integer,
    indicator_no    integer       CHECK (indicator_no BETWEEN 1 AND 24),
    source          varchar(200)  NOT NULL
);

INSERT INTO planning_standard (code, description, original_text, bound, standard_value, unit, target_year, indicator_no, source) VALUES
('CHILD_AGE_LIMIT',
 'Children counted in childcare slot planning are under this age',
 '3岁以下婴幼儿', 'BELOW', 3, 'years', NULL, 12,
 '漳政办规〔2023〕2号 二(三)9; 附件1 指标12'),
('SLOTS_PER_1000_RESIDENTS',
 'Nursery slots for children under 3 per 1,000 residents, city-wide, by 2025',
 '到2025年，全市每千人口拥有3岁以下婴幼儿托位数达到4.5个', 'AT_LEAST', 4.5, 'slots per 1000 residents', 2025, 12,
 '漳政办规〔2023〕2号 二(三)9; 附件1 指标12'),
('INCLUSIVE_SLOT_SHARE',
 'Share of inclusive (普惠) slots among all slots, by 2025',
 '其中普惠托位占比达到60%以上', 'AT_LEAST', 60, 'percent', 2025, 13,
 '漳政办规〔2023〕2号 二(三)9; 附件1 指标13'),
('NEW_AREA_INCLUSIVE_SLOTS_PER_1000',
 'Inclusive slots planned per 1,000 residents in new districts and new residential areas',
 '新建城区和新建住宅区按每千人不少于10个托位的标准规划、建设普惠托育服务设施', 'AT_LEAST', 10, 'slots per 1000 residents', 2025, 9,
 '漳政办规〔2023〕2号 二(三)9; 附件1 指标9'),
('BUILT_AREA_INCLUSIVE_SLOTS_PER_1000',
 'Inclusive slots to make up per 1,000 residents in old districts and built residential areas',
 '老城区和已建成住宅区按照每千人不少于3个托位的标准补齐普惠托育服务设施', 'AT_LEAST', 3, 'slots per 1000 residents', 2025, 10,
 '漳政办规〔2023〕2号 二(三)9; 附件1 指标10'),
('INCLUSIVE_TOWNSHIP_MIN_RESIDENTS',
 'Townships with at least this many residents must offer inclusive childcare',
 '常住人口2万人以上的乡镇均应提供普惠性托育服务', 'AT_LEAST', 20000, 'residents', 2025, 14,
 '漳政办规〔2023〕2号 二(三)9; 附件1 指标14');
