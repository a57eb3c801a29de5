"""The test-only copy of issue 15's group rule as README.md documents it (conftest.is_group),
which the citation checks use to expect `{Gemini Team}`, `{"literal": …}` or an `Organization`
when the API does not say `isGroup`: checked on hostile names, so a wrong expectation cannot hide
behind it."""
import pytest

from conftest import is_group

GROUPS = ["Gemini Team", "ATLAS Collaboration", "Mistral-AI", "BigScience Workshop", "Lumxel Consortium", "OpenAI",
          "Allen Institute for AI", "Google Research", "Acme labs", "Foo Inc.", "ETH Zurich Network", "Meta AI",
          "The Pandas Development Team", "PyTorch contributors", "National Research Council"]
PEOPLE = ["Albert Q. Jiang", "Teven Le Scao", "Jean-Baptiste Alayrac", "Diego de las Casas", "Carles Domingo-Enrich",
          "Ai Li", "Marc'Aurelio Ranzato", "Łukasz Kaiser", "Jouni Luoma", "Hans-Peter Ai"]


@pytest.mark.parametrize("name", GROUPS)
def test_groups(name):
    assert is_group(name), name


@pytest.mark.parametrize("name", PEOPLE)
def test_people(name):
    assert not is_group(name), name
