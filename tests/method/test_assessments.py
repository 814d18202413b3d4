"""The self-assessment: space files private to their organisation, answering, completing, scoring, versions."""

from __future__ import annotations

import pytest
from django.test import Client

from method import assessments
from method.models import Assessment, Questionnaire, SpaceFile
from method.questionnaire_default import load_default_questionnaire
from method.scenarios import load_default_scenarios
from practices.models import SpaceCategory
from practices.taxonomies import load_default_taxonomies
from search.models import SearchEntry
from tests.factories import OrganisationFactory
from tests.factories.marking import member_of, signed_in, vet

pytestmark = pytest.mark.django_db


@pytest.fixture
def questionnaire() -> Questionnaire:
    load_default_taxonomies()
    load_default_scenarios()
    return load_default_questionnaire()


@pytest.fixture
def people(django_user_model, questionnaire):
    owner = OrganisationFactory(name="Gemeente Eindhoven", org_type="municipality")
    shared = OrganisationFactory(name="Politie Oost-Brabant", org_type="police")
    other = OrganisationFactory(name="Comune di Larissa", org_type="municipality")
    users = {
        "officer": member_of(owner, "officer@eindhoven.example", django_user_model),
        "colleague": member_of(shared, "inspector@politie.example", django_user_model),
        "stranger": member_of(other, "officer@larissa.example", django_user_model),
        "member": member_of(owner, "clerk@eindhoven.example", django_user_model),
    }
    for name in ("officer", "colleague", "stranger"):
        vet(users[name])
    return owner, shared, {name: member.user for name, member in users.items()}


def every(questionnaire: Questionnaire, option: str) -> dict[str, str]:
    return {question["key"]: option for question in assessments.questions(assessments.frozen(questionnaire))}


def new_space(client: Client, shared) -> SpaceFile:
    response = client.post(
        "/assess/spaces/new/",
        {
            "name": "Markt",
            "space_category": SpaceCategory.objects.get(slug="markets").pk,
            "typical_crowd": "800",
            "peak_crowd": "6000",
            "shared_with": [shared.pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return SpaceFile.objects.get(name="Markt")


def test_an_officer_files_a_space_answers_in_two_sittings_and_sees_the_profile(people, questionnaire):
    owner, shared, users = people
    officer = signed_in(users["officer"])
    space = new_space(officer, shared)
    assert space.organisation == owner
    response = officer.post(f"/assess/spaces/{space.pk}/", {"questionnaire": questionnaire.pk})
    assessment = Assessment.objects.get(space=space)
    assert response["Location"] == f"/assess/assessments/{assessment.pk}/"
    answers = every(questionnaire, "o3")
    first_half = dict(list(answers.items())[:8])
    response = officer.post(f"/assess/assessments/{assessment.pk}/", {**first_half, "save": "1"})
    assert response.status_code == 200 and "Your answers are saved" in response.content.decode()
    assessment.refresh_from_db()
    assert assessment.answers == first_half  # progress kept
    response = officer.post(f"/assess/assessments/{assessment.pk}/", {"complete": "1"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "cannot be scored yet: 8 questions" in html
    assert "How fast can police and medical help arrive?" in html  # says what is missing
    response = officer.post(f"/assess/assessments/{assessment.pk}/", {**answers, "complete": "1"})
    assert response["Location"] == f"/assess/assessments/{assessment.pk}/result/"
    html = officer.get(response["Location"]).content.decode()
    assert 'role="img"' in html and '<title id="profile-title">' in html
    assert "Vehicle ramming</th>" in html and "100 %" in html
    assert "Weakest themes" in html


def test_the_profile_compares_with_the_earlier_assessment(people, questionnaire):
    owner, _, users = people
    space = SpaceFile.objects.create(organisation=owner, name="Markt", space_category=SpaceCategory.objects.first())
    earlier = assessments.start(space, questionnaire, None)
    assessments.record_answers(earlier, every(questionnaire, "o3"))
    assessments.complete(earlier)
    later = assessments.start(space, questionnaire, None)
    assessments.record_answers(later, every(questionnaire, "o1"))
    assessments.complete(later)
    assert assessments.earlier_completed(later) == earlier
    profile = assessments.profile(later, earlier)
    assert {score.percent for score in profile.scenarios} == {0}
    assert {score.change for score in profile.scenarios} == {-100}
    worst = assessments.profile(earlier)
    assert {score.percent for score in worst.scenarios} == {100}
    assert len(worst.scenarios) == 7 and all(score.drivers for score in worst.scenarios)
    html = signed_in(users["officer"]).get(f"/assess/assessments/{later.pk}/result/").content.decode()
    assert "-100 points (better)" in html


def test_a_space_file_is_unreachable_outside_its_organisation_and_those_it_is_shared_with(people, questionnaire):
    _, shared, users = people
    space = new_space(signed_in(users["officer"]), shared)
    assessment = assessments.start(space, questionnaire, users["officer"])
    urls = [
        f"/assess/spaces/{space.pk}/",
        f"/assess/assessments/{assessment.pk}/",
        f"/assess/assessments/{assessment.pk}/result/",
    ]
    colleague = signed_in(users["colleague"])  # vetted, of the organisation it is shared with
    assert all(colleague.get(url).status_code in (200, 400) for url in urls)
    assert "Markt" in colleague.get("/assess/").content.decode()
    for reader in ("stranger", "member"):  # vetted elsewhere; a member of the owner who is not vetted
        client = signed_in(users[reader], verified=reader != "member")
        assert [client.get(url).status_code for url in urls] == [404, 404, 404], reader
        assert client.post(urls[1], {"save": "1"}).status_code == 404
        assert "Markt" not in client.get("/assess/").content.decode()
    anonymous = Client()
    for url in ["/assess/", "/assess/spaces/new/", *urls]:
        response = anonymous.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/account/sign-in/")
    assert "Ask to be vetted" in signed_in(users["member"], verified=False).get("/assess/").content.decode()
    assert signed_in(users["member"], verified=False).get("/assess/spaces/new/").status_code == 404
    assert not SearchEntry.objects.filter(search_text__icontains="markt").exists()
    # Every view and download of the AMBER+STRICT file is in the owner's access log; refused readers leave none.
    from network.models import AccessRecord

    logged = AccessRecord.objects.filter(owner=space.organisation, label="amber_strict")
    assert set(logged.values_list("user__username", flat=True)) == {"inspector@politie.example"}
    assert logged.filter(section="Space file: Markt", page=None).exists()
    assert "no-store" in colleague.get(urls[0])["Cache-Control"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"typical_crowd": "900", "peak_crowd": "100"}, "cannot be smaller"),
        ({"latitude": "51.4"}, "Give both latitude and longitude"),
        ({"latitude": "951.4", "longitude": "5"}, "less than or equal to 90"),
        ({"space_category": "999999"}, "Select a valid choice"),
        ({"name": ""}, "This field is required"),
    ],
)
def test_a_bad_space_file_is_a_form_error_and_saves_nothing(people, fields, message):
    users = people[2]
    data = {"name": "Markt", "space_category": SpaceCategory.objects.get(slug="markets").pk, **fields}
    response = signed_in(users["officer"]).post("/assess/spaces/new/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not SpaceFile.objects.exists()


def test_an_unknown_answer_is_a_form_error_and_keeps_what_was_saved(people, questionnaire):
    owner, _, users = people
    space = SpaceFile.objects.create(organisation=owner, name="Markt", space_category=SpaceCategory.objects.first())
    assessment = assessments.start(space, questionnaire, None)
    assessments.record_answers(assessment, {"t1-q1": "o1"})
    response = signed_in(users["officer"]).post(f"/assess/assessments/{assessment.pk}/", {"t1-q1": "o9", "save": "1"})
    assert response.status_code == 400
    assessment.refresh_from_db()
    assert assessment.answers == {"t1-q1": "o1"}
    result = signed_in(users["officer"]).get(f"/assess/assessments/{assessment.pk}/result/")
    assert result.status_code == 400 and "cannot be scored yet" in result.content.decode()


def test_editing_a_version_with_answers_makes_the_next_version(people, questionnaire):
    owner = people[0]
    space = SpaceFile.objects.create(organisation=owner, name="Markt", space_category=SpaceCategory.objects.first())
    assessment = assessments.start(space, questionnaire, None)
    before = assessment.definition
    assessments.next_version(questionnaire)
    questionnaire.title = "Reworded self-assessment"
    questionnaire.save()
    assert questionnaire.version == 2
    assessment.refresh_from_db()
    assert assessment.version == 1 and assessment.definition == before
    assessments.next_version(questionnaire)  # version 2 has no answers yet: edits stay in it
    assert questionnaire.version == 2


#: A signed-in page reads the session, user, authenticator, membership and vetting, the site, permissions, menu
#: and settings (eleven queries). The result page adds the earlier assessment, up to three searches for its public practices
#: (count and hits each, on the database fallback) and the solution types, the technologies, the peer finder (bounded by ``FOCUS``) and
#: the assessment's evaluations. Every page but the index writes its access-log row (one query).
ASSESS_BUDGETS = {"index": 13, "space": 18, "answer": 14, "result": 33, "evaluation": 21, "score": 17}


def test_the_assessment_pages_stay_within_their_query_budgets(people, questionnaire, django_assert_max_num_queries):
    owner, shared, users = people
    officer = signed_in(users["officer"])
    for number in range(3):  # more spaces and assessments must not cost more queries
        space = SpaceFile.objects.create(
            organisation=owner, name=f"Square {number}", space_category=SpaceCategory.objects.first()
        )
        space.existing_measures.set([])
        space.shared_with.set([shared])
        for _ in range(2):
            assessment = assessments.start(space, questionnaire, None)
            assessments.record_answers(assessment, every(questionnaire, "o2"))
            assessments.complete(assessment)
    urls = {
        "index": "/assess/",
        "space": f"/assess/spaces/{space.pk}/",
        "answer": f"/assess/assessments/{assessments.start(space, questionnaire, None).pk}/",
        "result": f"/assess/assessments/{assessment.pk}/result/",
    }
    from method.evaluation import create, record_scores

    evaluation = create(
        assessment, users["officer"], title="Barriers", technologies=[], own=["A", "B", "C"], extra_criteria=[]
    )
    panelist = evaluation.panelists.get()
    record_scores(panelist, {(candidate.pk, "cost"): 3 for candidate in evaluation.candidates.all()})
    urls["evaluation"] = f"/assess/evaluations/{evaluation.pk}/"
    urls["score"] = f"/assess/evaluations/{evaluation.pk}/score/"
    for name, url in urls.items():
        officer.get(url)
        with django_assert_max_num_queries(ASSESS_BUDGETS[name]):
            assert officer.get(url).status_code == 200, name


def test_the_result_lists_matching_practices_technologies_and_peers_with_why(people, questionnaire, portal_site):
    from practices.models import SolutionType, ThreatType
    from practices.sections import section_for
    from tests.factories import (
        CaseStudyPageFactory,
        TechnologyIndexPageFactory,
        TechnologyPageFactory,
        publish,
        publish_technology,
    )

    owner, shared, users = people
    markets = SpaceCategory.objects.get(slug="markets")
    ramming = ThreatType.objects.get(slug="vehicle-ramming")
    publish(
        section_for(portal_site.case_studies, shared),
        CaseStudyPageFactory.build(title="Barriers at the Christmas market", space_category=markets),
        threat_types=[ramming],
        space_categories=[markets],
    )
    catalogue = TechnologyIndexPageFactory(parent=portal_site.home)
    catalogue.save_revision().publish()
    vehicle = assessments.Scenario.objects.get(slug="vehicle-ramming")
    hvm = SolutionType.objects.get(slug="hostile-vehicle-mitigation")
    publish_technology(
        catalogue,
        TechnologyPageFactory.build(title="Anti-ram bollards", solution_type=hvm),
        ratings=[(vehicle, 4, "Tests")],
    )
    cameras = SolutionType.objects.get(slug="video-surveillance")
    publish_technology(
        catalogue,
        TechnologyPageFactory.build(title="Cameras again", solution_type=cameras),
        ratings=[(vehicle, 3, "Panel")],
    )
    peer = OrganisationFactory(name="Stadt Köln", org_type="municipality")
    peer.expertise_threats.set([ramming])
    peer.expertise_spaces.set([markets])
    peer.save()
    space = SpaceFile.objects.create(organisation=owner, name="Markt", space_category=markets)
    space.existing_measures.set([cameras])  # the space has cameras: they are not offered again
    assessment = assessments.start(space, questionnaire, None)
    assessments.record_answers(assessment, every(questionnaire, "o3"))
    assessments.complete(assessment)
    html = signed_in(users["officer"]).get(f"/assess/assessments/{assessment.pk}/result/").content.decode()
    assert "Barriers at the Christmas market" in html and "in the same kind of space" in html
    assert "Anti-ram bollards" in html and "very high against Vehicle ramming" in html
    assert "Cameras again" not in html
    assert "Stadt Köln" in html and "Knows " in html


def test_requirements_make_a_request_for_information_without_restricted_details_unless_asked(people, questionnaire):
    import io

    from docx import Document
    from pypdf import PdfReader

    owner, _, users = people
    space = SpaceFile.objects.create(
        organisation=owner, name="Markt", space_category=SpaceCategory.objects.get(slug="markets"), peak_crowd=6000
    )
    assessment = assessments.start(space, questionnaire, None)
    assessments.record_answers(assessment, every(questionnaire, "o3"))
    assessments.complete(assessment)
    officer = signed_in(users["officer"])
    url = f"/assess/assessments/{assessment.pk}/"
    response = officer.post(
        f"{url}requirements/",
        {
            "vehicle-ramming-objective": "Stop a 7.5 t lorry",
            "vehicle-ramming-requirements": "Rated to IWA 14-1\n- Removable",
        },
    )
    assert response.status_code == 200 and "are saved" in response.content.decode()
    assessment.refresh_from_db()
    assert assessment.requirements == {
        "vehicle-ramming": {"objective": "Stop a 7.5 t lorry", "requirements": "Rated to IWA 14-1\n- Removable"}
    }
    public = officer.get(f"{url}rfi/", {"format": "pdf"})
    assert public["Content-Disposition"].endswith('TLP-CLEAR_request-for-information.pdf"')
    assert "no-store" in public["Cache-Control"]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(public.content)).pages)
    assert "Rated to IWA 14-1" in text and "Removable" in text and "Stop a 7.5 t lorry" in text
    assert "Markt" not in text and "6000" not in text and "Privacy and ethics" in text
    marked = officer.get(f"{url}rfi/", {"format": "pdf", "restricted": "1"})
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(marked.content)).pages)
    assert "TLP:AMBER+STRICT" in text and "Markt" in text and "6000" in text and "100 %" in text
    word = officer.get(f"{url}rfi/", {"format": "docx"})
    paragraphs = [paragraph.text for paragraph in Document(io.BytesIO(word.content)).paragraphs]
    assert "Rated to IWA 14-1" in paragraphs and "TLP:CLEAR" in paragraphs
    for params in ({"format": "exe"}, {"format": "pdf", "restricted": "yes"}):
        assert officer.get(f"{url}rfi/", params).status_code == 400
    too_long = {"vehicle-ramming-objective": "x" * 501}
    assert officer.post(f"{url}requirements/", too_long).status_code == 400
    assessment.refresh_from_db()
    assert assessment.requirements["vehicle-ramming"]["objective"] == "Stop a 7.5 t lorry"  # nothing lost
    stranger = signed_in(users["stranger"])
    assert stranger.get(f"{url}rfi/").status_code == 404
    assert stranger.get(f"{url}requirements/").status_code == 404


def test_an_evaluation_with_a_second_panel_member_ranks_the_candidates_with_their_spread(
    people, questionnaire, portal_site
):
    import io

    from pypdf import PdfReader

    from method.evaluation import results
    from method.models import Evaluation, Panelist
    from network.models import Member
    from tests.factories import TechnologyIndexPageFactory, TechnologyPageFactory, publish_technology

    owner, shared, users = people
    catalogue = TechnologyIndexPageFactory(parent=portal_site.home)
    catalogue.save_revision().publish()
    bollards = publish_technology(catalogue, TechnologyPageFactory.build(title="Anti-ram bollards"))
    space = SpaceFile.objects.create(organisation=owner, name="Markt", space_category=SpaceCategory.objects.first())
    space.shared_with.set([shared])
    assessment = assessments.start(space, questionnaire, None)
    assessments.record_answers(assessment, every(questionnaire, "o3"))
    assessments.complete(assessment)
    officer = signed_in(users["officer"])
    new = f"/assess/assessments/{assessment.pk}/evaluations/new/"
    assert officer.post(new, {"title": "Barriers", "technologies": [bollards.pk]}).status_code == 400  # one candidate
    response = officer.post(new, {"title": "Barriers", "technologies": [bollards.pk], "own": "Planters\nStewards"})
    evaluation = Evaluation.objects.get()
    assert response["Location"] == f"/assess/evaluations/{evaluation.pk}/"
    keys = [criterion["key"] for criterion in evaluation.criteria]
    assert keys[:3] == ["effect-firearms", "effect-sharp-objects", "effect-vehicle-ramming"]  # the weakest three
    assert "privacy" in keys and "time" in keys
    url = f"/assess/evaluations/{evaluation.pk}/"
    for weights in (dict.fromkeys(keys, "0"), {**dict.fromkeys(keys, "1"), "cost": "-1"}):
        assert officer.post(url, {**weights, "weights": "1"}).status_code == 400
    evaluation.refresh_from_db()
    assert all(criterion["weight"] > 0 for criterion in evaluation.criteria)  # nothing lost
    assert (
        officer.post(
            url, {**dict.fromkeys(keys, "0"), "effect-vehicle-ramming": "2", "cost": "1", "weights": "1"}
        ).status_code
        == 302
    )
    stranger = Member.objects.get(user=users["stranger"])
    assert officer.post(url, {"member": stranger.pk, "invite": "1"}).status_code == 400  # not of a sharing organisation
    colleague = Member.objects.get(user=users["colleague"])
    assert officer.post(url, {"member": colleague.pk, "invite": "1"}).status_code == 302
    assert Panelist.objects.filter(evaluation=evaluation).count() == 2
    evaluation.refresh_from_db()
    candidates = {candidate.name: candidate.pk for candidate in evaluation.candidates.all()}

    def score(client, values):
        data = {f"s-{candidates[name]}-{key}": value for (name, key), value in values.items()}
        return client.post(f"{url}score/", data)

    assert (
        score(
            officer,
            {
                ("Anti-ram bollards", "effect-vehicle-ramming"): 5,
                ("Anti-ram bollards", "cost"): 1,
                ("Planters", "effect-vehicle-ramming"): 3,
                ("Planters", "cost"): 4,
            },
        ).status_code
        == 302
    )
    colleague_client = signed_in(users["colleague"])
    assert (
        score(
            colleague_client, {("Anti-ram bollards", "effect-vehicle-ramming"): 3, ("Planters", "cost"): 2}
        ).status_code
        == 302
    )
    assert score(colleague_client, {("Planters", "cost"): 9}).status_code == 400
    assert score(signed_in(users["stranger"]), {("Planters", "cost"): 1}).status_code == 404
    found = results(evaluation)
    ranked = [(result.candidate.name, result.total) for result in found.candidates]
    # Bollards: ramming mean 4 (3–5), cost 1 → (2·4 + 1·1)/3 = 3.0; planters: ramming 3, cost mean 3 → 3.0;
    # a tie goes to the first listed. Stewards: not scored, last.
    assert ranked == [("Anti-ram bollards", 3.0), ("Planters", 3.0), ("Stewards", None)]
    ramming = found.candidates[0].criteria[keys.index("effect-vehicle-ramming")]
    assert (ramming.mean, ramming.low, ramming.high) == (4.0, 3, 5)
    sensitivity = {name: (without, doubled) for name, without, doubled in found.sensitivity}
    assert sensitivity["Cost"][0][0] == "Anti-ram bollards" and sensitivity["Cost"][1][0] == "Planters"
    html = officer.get(url).content.decode()
    assert "Weighted ranking" in html and "(3–5)" in html
    report = officer.get(f"{url}report/")
    assert report["Content-Disposition"].endswith('TLP-AMBER+STRICT_evaluation-report.pdf"')
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(report.content)).pages)
    assert "1. Anti-ram bollards: 3.00" in text and "Sensitivity" in text
    assert signed_in(users["stranger"]).get(url).status_code == 404
    assert (
        colleague_client.post(url, {"member": stranger.pk, "invite": "1"}).status_code == 404
    )  # only its owner invites


def test_a_space_with_coordinates_is_shown_on_the_portals_own_map(people):
    owner, _, users = people
    space = SpaceFile.objects.create(
        organisation=owner, name="Markt", space_category=SpaceCategory.objects.first(), latitude=51.438, longitude=5.478
    )
    html = signed_in(users["officer"]).get(f"/assess/spaces/{space.pk}/").content.decode()
    assert 'aria-label="Map of Europe with Markt marked"' in html and "<circle" in html
    space.longitude = 120  # off the map of Europe: no map rather than a marker outside it
    space.save()
    assert "Map of Europe" not in signed_in(users["officer"]).get(f"/assess/spaces/{space.pk}/").content.decode()
