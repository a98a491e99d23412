-- Provision Lens schema, version 7: the forecast's rolling-origin back-test (issue 9, part 2).
--
-- forecast_backtest (V3) holds one back-test origin per model and LA; the forecast is now chosen from a back-test on
-- several origins (fit to January 2021, 2022, 2023, 2024; predict 1 to 3 years ahead) of more models, so runs from this
-- version write these tables instead and leave forecast_backtest empty.

-- The models the back-test compares (core ForecastModel); the trend models of V5 are two of them.
CREATE OR REPLACE FUNCTION trend_models() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['NAIVE_LAST', 'NAIVE_DRIFT', 'GEOMETRIC_DRIFT', 'LINEAR', 'LOG_LINEAR', 'NATIONAL_GROWTH',
                 'REGIONAL_GROWTH', 'BLEND_NATIONAL', 'BLEND_REGIONAL']
$$;

-- One model at one origin and horizon, across LAs (horizon 0: all horizons, each LA's error the mean over its
-- horizons). Errors are absolute percentage errors in percent; within80/within95 count the actual figures inside the
-- intervals (made from the other origins' errors); eligible is how many LAs had the years to be forecast at the origin,
-- las how many were scored (an actual figure after the origin that is not a data break).
CREATE TABLE forecast_backtest_origin (
    run_id        BIGINT        NOT NULL REFERENCES review_run (run_id),
    model         TEXT          NOT NULL CHECK (model = ANY (trend_models())),
    origin        INTEGER       NOT NULL,
    horizon       INTEGER       NOT NULL CHECK (horizon >= 0),
    eligible      INTEGER       NOT NULL CHECK (eligible >= 0),
    las           INTEGER       NOT NULL CHECK (las >= 0 AND las <= eligible),
    points        INTEGER       NOT NULL CHECK (points >= 0),
    median_error  NUMERIC(9, 4) NOT NULL,
    mean_error    NUMERIC(9, 4) NOT NULL,
    within80      INTEGER       NOT NULL CHECK (within80 >= 0 AND within80 <= points),
    within95      INTEGER       NOT NULL CHECK (within95 >= within80 AND within95 <= points),
    blend_weight  NUMERIC(4, 2) CHECK (blend_weight BETWEEN 0 AND 1),
    chosen        BOOLEAN       NOT NULL,
    PRIMARY KEY (run_id, model, origin, horizon)
);

-- A data break: an LA's year whose change from the year before is far outside every other LA's that year (a recording
-- change, not demand). Not scored by the back-test.
CREATE TABLE forecast_break (
    run_id              BIGINT         NOT NULL REFERENCES review_run (run_id),
    la_code             TEXT           NOT NULL,
    la_name             TEXT,
    year                INTEGER        NOT NULL,
    value               NUMERIC(14, 2) NOT NULL,
    previous            NUMERIC(14, 2) NOT NULL,
    log_change          NUMERIC(8, 4)  NOT NULL,
    typical_log_change  NUMERIC(8, 4)  NOT NULL,
    PRIMARY KEY (run_id, la_code, year)
);
