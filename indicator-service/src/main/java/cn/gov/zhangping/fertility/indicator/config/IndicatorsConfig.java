package cn.gov.zhangping.fertility.indicator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the indicator figures. */
@ConfigMapping(prefix = "fertility.indicators")
public interface IndicatorsConfig {

    /**
     * Public figures hide a cell whose count is at least 1 and below this (and the cells that would reveal it); issue
     * 11 asks for 5 by default.
     */
    @WithDefault("5")
    int suppressionThreshold();

    /** How many years the trend series of each indicator shows, the year asked for included. */
    @WithDefault("5")
    int seriesYears();
}
