@testable import SitegenLoad
import Testing

/// Cutting a compact-list line where its title ends, with and without clues from other pages.
@Suite struct GluedLineSplitterTests {
    static let noClues = GluedLineSplitter(knowledge: CorpusKnowledge())

    @Test(arguments: [
        ("NEVIS'22: A Stream of 100 Tasks Sampled from 30 Years of Computer Vision ResearchJorg Bornschein, Alexandre Galashov, Ross Hemsley et al. · deepmind",
         "NEVIS'22: A Stream of 100 Tasks Sampled from 30 Years of Computer Vision Research", "Jorg Bornschein"),
        ("DeepMind Control SuiteYuval Tassa, Yotam Doron, Alistair Muldal et al.", "DeepMind Control Suite", "Yuval Tassa"),
        ("Voxtral TTSAlexander H. Liu, Alexis Tacnet, Andy Ehrenberg et al. · deepmind, tsinghua", "Voxtral TTS", "Alexander H. Liu"),
        ("Ministral 3Alexander H. Liu, Kartik Khandelwal, Sandeep Subramanian et al.", "Ministral 3", "Alexander H. Liu"),
        ("What Language Model to Train if You Have One Million GPU Hours?Teven Le Scao, Thomas Wang, Daniel Hesslow et al. · allen-ai, berkeley",
         "What Language Model to Train if You Have One Million GPU Hours?", "Teven Le Scao"),
        ("The BigScience ROOTS Corpus: A 1.6TB Composite Multilingual DatasetHugo Laurençon, Lucile Saulnier, Thomas Wang et al. · huggingface",
         "The BigScience ROOTS Corpus: A 1.6TB Composite Multilingual Dataset", "Hugo Laurençon"),
        ("MagistralMistral-AI, Abhinav Rastogi, Albert Q. Jiang et al.", "Magistral", "Mistral-AI"),
        ("BLOOM: A 176B-Parameter Open-Access Multilingual Language ModelBigScience Workshop, Teven Le Scao, Angela Fan et al. · allen-ai, berkeley",
         "BLOOM: A 176B-Parameter Open-Access Multilingual Language Model", "BigScience Workshop"),
        ("Neural Differential Equations for Single Image Super-resolutionTeven Le Scao", "Neural Differential Equations for Single Image Super-resolution", "Teven Le Scao"),
        ("Scaling Language Models: Methods, Analysis & Insights from Training GopherJack W. Rae, Sebastian Borgeaud, Trevor Cai et al.",
         "Scaling Language Models: Methods, Analysis & Insights from Training Gopher", "Jack W. Rae"),
        ("Deep Residual Learning (ResNet)Kaiming He, Xiangyu Zhang", "Deep Residual Learning (ResNet)", "Kaiming He"),
        ("Convolutional Networks for ImagesYann LeCun, Yoshua Bengio", "Convolutional Networks for Images", "Yann LeCun"),
        ("Attention Is All You NeedAshish Vaswani, Noam Shazeer, Niki Parmar et al.", "Attention Is All You Need", "Ashish Vaswani"),
        ("Language Models are Few-Shot LearnersŁukasz Kaiser", "Language Models are Few-Shot Learners", "Łukasz Kaiser"),
        ("GPT-4 Technical ReportOpenAI, Josh Achiam, Steven Adler et al.", "GPT-4 Technical Report", "OpenAI"),
        ("GShard: Scaling Giant Models with Conditional Computation and Automatic ShardingDmitry Lepikhin, HyoukJoong Lee, Yuanzhong Xu et al. · google",
         "GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding", "Dmitry Lepikhin"),
    ])
    func splitsWithoutClues(line: String, title: String, firstAuthor: String) throws {
        guard case .clear(let reading) = Self.noClues.split(line) else {
            Issue.record("expected one clear reading of \(line), got \(Self.noClues.split(line))")
            return
        }
        #expect(reading.title == title)
        #expect(Byline(reading.byline).names.first == firstAuthor)
    }

    @Test func knownNameFindsAFirstAuthorWithALowerCaseParticle() throws {
        var knowledge = CorpusKnowledge()
        knowledge.nameKeys.insert(PersonName.foldKey("van der Maaten, Laurens"))
        knowledge.nameKeys.insert(PersonName.foldKey("laurens van der maaten"))
        let splitter = GluedLineSplitter(knowledge: knowledge)
        let line = "Visualizing Data using t-SNELaurens van der Maaten, Geoffrey Hinton"
        guard case .clear(let reading) = splitter.split(line) else {
            Issue.record("no clear reading")
            return
        }
        #expect(reading.title == "Visualizing Data using t-SNE")
    }

    @Test func knownTitleDecidesBetweenTwoReadings() throws {
        var knowledge = CorpusKnowledge()
        knowledge.titleKeys.insert(TitleKey.make("Learning with GamesDe"))
        let line = "Learning with GamesDeAndre Jordan, Ann Smith"
        guard case .clear(let reading) = GluedLineSplitter(knowledge: knowledge).split(line) else {
            Issue.record("no clear reading")
            return
        }
        #expect(reading.title == "Learning with GamesDe")
        guard case .clear(let unaided) = Self.noClues.split(line) else {
            Issue.record("no clear reading without clues")
            return
        }
        #expect(unaided.title == "Learning with Games")
    }

    @Test func lineWithNoAuthorHasNoReading() {
        #expect(Self.noClues.split("just a title with no names at all") == .none)
        #expect(Self.noClues.split(String(repeating: "Ab", count: 5_000)) == .none)
    }
}
