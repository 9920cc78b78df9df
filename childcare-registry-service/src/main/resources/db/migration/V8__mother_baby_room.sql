-- Mother-and-baby rooms (母婴室, 漳政办规〔2023〕2号 二(三)9; indicator 16 "公共场所母婴室配置率": places with a room
-- ÷ places that must have one). Which public places must have a room is the national rule the plan's "按要求" points
-- at: 国卫妇幼发〔2016〕63号《关于加快推进母婴设施建设的指导意见》 — transport hubs, shopping centres, hospitals and
-- tourist sites of more than 10,000 m² floor area or more than 10,000 visitors a day build an independent room.
CREATE TABLE room_requirement_rule (
    code                 varchar(40)   PRIMARY KEY,
    place_kind           varchar(30)   NOT NULL UNIQUE,
    floor_area_above_m2  integer       NOT NULL CHECK (floor_area_above_m2 >= 0),
    daily_visitors_above integer       NOT NULL CHECK (daily_visitors_above >= 0),
    description          varchar(300)  NOT NULL,
    source               varchar(200)  NOT NULL
);
INSERT INTO room_requirement_rule (code, place_kind, floor_area_above_m2, daily_visitors_above, description, source) VALUES
('TRANSPORT_HUB_LARGE', 'TRANSPORT_HUB', 10000, 10000,
 '建筑面积超过1万平方米或日客流量超过1万人的交通枢纽应当建立独立的母婴室 (stations and airports: floor area or daily visitors above the threshold)',
 '国卫妇幼发〔2016〕63号 二(一); 漳政办规〔2023〕2号 二(三)9'),
('SHOPPING_CENTRE_LARGE', 'SHOPPING_CENTRE', 10000, 10000,
 '建筑面积超过1万平方米或日客流量超过1万人的商业中心应当建立独立的母婴室',
 '国卫妇幼发〔2016〕63号 二(一); 漳政办规〔2023〕2号 二(三)9'),
('HOSPITAL_LARGE', 'HOSPITAL', 10000, 10000,
 '建筑面积超过1万平方米或日客流量超过1万人的医院应当建立独立的母婴室',
 '国卫妇幼发〔2016〕63号 二(一); 漳政办规〔2023〕2号 二(三)9'),
('TOURIST_SITE_LARGE', 'TOURIST_SITE', 10000, 10000,
 '建筑面积超过1万平方米或日客流量超过1万人的旅游景区及游览娱乐等公共场所应当建立独立的母婴室',
 '国卫妇幼发〔2016〕63号 二(一); 漳政办规〔2023〕2号 二(三)9');

CREATE TABLE public_place (
    id                uuid          PRIMARY KEY,
    name              varchar(100)  NOT NULL,
    kind              varchar(30)   NOT NULL CHECK (kind IN ('TRANSPORT_HUB', 'HOSPITAL', 'SHOPPING_CENTRE', 'TOURIST_SITE',
                                                           'GOVERNMENT_SERVICE_HALL', 'PARK', 'OTHER')),
    township_code     varchar(9)    NOT NULL,
    floor_area_m2     integer       NOT NULL CHECK (floor_area_m2 BETWEEN 0 AND 10000000),
    daily_visitors    integer       NOT NULL CHECK (daily_visitors BETWEEN 0 AND 10000000),
    room_present      boolean       NOT NULL,
    room_opened_on    date,
    room_meets_standard boolean     NOT NULL,
    revision          integer       NOT NULL CHECK (revision >= 1),
    changed_at        timestamptz   NOT NULL,
    CHECK (room_present OR (room_opened_on IS NULL AND NOT room_meets_standard))
);
CREATE INDEX public_place_township ON public_place (township_code, name);

INSERT INTO planning_standard (code, description, original_text, bound, standard_value, unit, target_year, indicator_no, source) VALUES
('MOTHER_BABY_ROOM_SHARE',
 'Share of the public places that must have a mother-and-baby room that have one',
 '机场、车站、商场、医院、景区等公共场所均按要求 100% 配置母婴室', 'AT_LEAST', 100, 'percent', 2025, 16,
 '漳政办规〔2023〕2号 二(三)9; 附件1 指标16');
