"""rulac.brics computes what notebooks 04 and 04b show; their figures draw what they are given."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from rulac import brics, countries, plots
from rulac.loading import load


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_members_on_a_date_with_and_without_the_contested_state():
    assert brics.members_on("2011-01-01") == ["BRA", "CHN", "IND", "RUS"]
    assert "ZAF" in brics.members_on("2011-04-14")
    assert "SAU" in brics.members_on("2024-06-01")
    assert "SAU" not in brics.members_on("2024-06-01", with_contested=False)


def test_status_on_lists_both_sides_of_a_contested_date():
    status = brics.status_on("2024-04-15").set_index("iso3")
    assert status.loc["SAU", "status"] == "member / undecided"
    assert status.loc["ARG", "status"] == "declined"
    assert "IDN" not in status.index


def test_world_shares_sum_members_over_the_world():
    shares = brics.world_shares({"two": ["BRA", "ARG"]}, (2020, 2020)).set_index("measure")
    economy = load("wdi_economy").query("year == 2020").set_index("code")
    expected = economy.loc[["BRA", "ARG"], "population"].sum() / economy.loc["WLD", "population"]
    assert shares.loc["population", "share"] == pytest.approx(expected)
    assert shares.loc["population", "members_with_data"] == 2


def test_china_share_of_a_group_of_one_is_one():
    assert brics.share_of_group("CHN", ["CHN"], "gdp_usd", 2010) == pytest.approx(1.0)


def test_mirror_puts_both_records_side_by_side():
    table = brics.mirror(["BRA"], 2020)
    assert table.loc["BRA", "gap"] == pytest.approx(
        table.loc["BRA", "partner_reports"] - table.loc["BRA", "russia_reports"]
    )


def test_import_origins_are_shares_between_zero_and_one():
    shares = brics.import_origins(countries.lac_codes())
    assert ((shares >= 0) & (shares <= 1)).all().all()
    assert list(shares.columns) == ["USA", "CHN", "RUS"]


def test_arms_by_period_for_a_state_without_deliveries():
    table = brics.arms_by_period(["BOL"])
    assert (table["russia_tiv"] == 0).all()
    assert brics.arms_by_period(["DMA"]).empty


def test_product_mix_rows_sum_to_one():
    assert (brics.product_mix("LAC33").sum(axis=1).round(3) == 1).all()


def test_figures_draw_every_row():
    facts = load("brics_facts").assign(group=lambda t: t["status"].map(brics.STATUS_GROUPS))
    labels = {"BRA": "Brazil", "ARG": "Argentina"}
    fig = plots.membership_timeline(facts, labels, end="2025-06-30", lines={"2024-04-15": "x"})
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Brazil", "Argentina"]
    table = brics.arms_by_period(countries.lac_codes())
    assert len(plots.arms_panels(table).axes[1].patches) == len(table)
    mix = pd.DataFrame({"x": [0.5, 0.2], "y": [0.5, 0.8]}, index=[2000, 2018])
    assert len(plots.product_bars(mix).axes[0].patches) == 4


def test_trade_figures_draw_every_partner_and_origin():
    exports = brics.russia_exports(["BRA", "MEX", "CUB"])
    fig = plots.exports_by_partner(exports.loc[2020], exports.sum(axis=1), year=2020)
    assert len(fig.axes[0].patches) == 3
    assert [t.get_text() for t in fig.axes[1].get_legend().get_texts()] == ["2020"]
    origins = brics.import_origins(["BRA"])
    assert list(origins.columns) == ["USA", "CHN", "RUS"]
    assert len(plots.origin_lines(origins, {"RUS": "Russia"}).axes[0].lines) == 3
