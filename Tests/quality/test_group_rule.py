"""The test-only copy of issue 15's group rule (conftest.is_group), which the citation checks use
to expect `{Gemini Team}`, `{"literal": …}` or an `Organization` when the API does not say
`isGroup`: checked on the names of the seeds and the corpus and on hostile ones, so a wrong
expectation cannot hide behind it."""
import pytest

from conftest import is_group

GROUPS = ["Gemini Team", "ATLAS Collaboration", "Mistral-AI", "BigScience Workshop", "Lumxel Consortium",
          "OpenAI", "Allen Institute for AI", "Google Research Group", "Acme Labs", "Foo Inc.", "ETH Zurich Network"]
PEOPLE = ["Albert Q. Jiang", "Teven Le Scao", "Jean-Baptiste Alayrac", "Diego de las Casas", "Carles Domingo-Enrich",
          "Ai Li", "Marc'Aurelio Ranzato", "Łukasz Kaiser", "Jouni Luoma", "Hans-Peter Ai"]


@pytest.mark.parametrize("name", GROUPS)
def test_groups(name):
    assert is_group(name), name


@pytest.mark.parametrize("name", PEOPLE)
def test_people(name):
    assert not is_group(name), name
