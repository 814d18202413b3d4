"""Technology records in search (``type=technology``), on OpenSearch and on the database fallback alike."""

from __future__ import annotations

import pytest

from tests.factories import ScenarioFactory, TechnologyIndexPageFactory, TechnologyPageFactory, publish_technology

pytestmark = pytest.mark.django_db


def test_a_record_is_found_as_a_technology_under_its_scenarios_threat(client, search_content, engine, commit):
    from practices.models import ThreatType

    catalogue = TechnologyIndexPageFactory(parent=search_content.site.home)
    catalogue.save_revision().publish()
    ramming = ThreatType.objects.get(slug="vehicle-ramming")
    with commit():
        publish_technology(
            catalogue,
            TechnologyPageFactory.build(title="Crash-rated bollards", summary="Posts that stop a lorry."),
            ratings=[(ScenarioFactory(threat_type=ramming), 4, "Impact tests")],
        )
    data = client.get("/api/search/", {"q": "crash-rated bollards", "type": "technology"}).json()
    assert data["degraded"] is (engine == "database"), "the engine answered from the fallback"
    assert [hit["title"] for hit in data["results"]] == ["Crash-rated bollards"]
    assert "vehicle-ramming" in data["results"][0]["threat_types"]
    assert {value["value"] for value in data["facets"]["type"]} == {"technology"}
