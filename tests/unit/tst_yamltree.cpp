#include "core/config/YamlTree.h"

#include <QTest>

using namespace Berth::Config;

class TestYamlTree : public QObject
{
    Q_OBJECT

private:
    static YamlNodePtr parse(const QString &text)
    {
        const auto result = parseYaml(text, QStringLiteral("deploy.yml"));
        if (result.error)
            qWarning() << result.error->message;
        return result.root;
    }

private Q_SLOTS:
    void keepsPositionsOfEveryNode()
    {
        const QString text = QStringLiteral(
            "service: app\nservers:\n  web:\n    - 10.0.0.1\n    - \"10.0.0.2\"\n");
        const auto root = parse(text);
        QVERIFY(root && root->isMap());
        QCOMPARE(root->keys(),
                 (QStringList {QStringLiteral("service"), QStringLiteral("servers")}));
        const auto service = root->value(QStringLiteral("service"));
        QCOMPARE(service->scalar, QStringLiteral("app"));
        QCOMPARE(service->line, 1);
        QCOMPARE(service->column, 10);
        QCOMPARE(text.mid(service->offset, service->endOffset - service->offset),
                 QStringLiteral("app"));

        const auto hosts = root->value(QStringLiteral("servers"))->value(QStringLiteral("web"));
        QVERIFY(hosts->isSequence());
        QCOMPARE(hosts->items.size(), 2);
        QCOMPARE(hosts->items.at(1)->line, 5);
        QCOMPARE(hosts->items.at(1)->column, 7);
        QVERIFY(hosts->items.at(1)->quoted);
        QCOMPARE(text.mid(hosts->items.at(1)->offset,
                          hosts->items.at(1)->endOffset - hosts->items.at(1)->offset),
                 QStringLiteral("\"10.0.0.2\""));
    }

    void findsTheEndOfEachScalarForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("a: hello world\n")
                               << QStringLiteral("hello world");
        QTest::newRow("comment") << QStringLiteral("a: 3000 # port\n") << QStringLiteral("3000");
        QTest::newRow("hash inside") << QStringLiteral("a: x#y\n") << QStringLiteral("x#y");
        QTest::newRow("double") << QStringLiteral("a: \"say \\\"hi\\\"\"\n")
                                << QStringLiteral("\"say \\\"hi\\\"\"");
        QTest::newRow("single") << QStringLiteral("a: 'it''s'\n") << QStringLiteral("'it''s'");
        QTest::newRow("crlf") << QStringLiteral("a: b\r\nc: d\r\n") << QStringLiteral("b");
        QTest::newRow("no final newline") << QStringLiteral("a: last") << QStringLiteral("last");
        QTest::newRow("flow") << QStringLiteral("a: [x, y]\n") << QStringLiteral("x");
        QTest::newRow("unicode before")
            << QStringLiteral("# ünïcødé ✓ 😀\na: wert\n") << QStringLiteral("wert");
        QTest::newRow("url with colon")
            << QStringLiteral("a: http://h:80/x\n") << QStringLiteral("http://h:80/x");
    }

    void findsTheEndOfEachScalarForm()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto root = parse(text);
        QVERIFY(root);
        auto node = root->value(QStringLiteral("a"));
        if (node->isSequence())
            node = node->items.constFirst();
        QVERIFY(node->endOffset > node->offset);
        QCOMPARE(text.mid(node->offset, node->endOffset - node->offset), expected);
    }

    void leavesMultiLineScalarsUnlocated()
    {
        const auto root = parse(QStringLiteral("a: |\n  line1\n  line2\nb: one\n  two\n"));
        QCOMPARE(root->value(QStringLiteral("a"))->endOffset, -1);
        QCOMPARE(root->value(QStringLiteral("b"))->scalar, QStringLiteral("one two"));
        QCOMPARE(root->value(QStringLiteral("b"))->endOffset, -1);
    }

    void typesScalarsAsPsychDoes_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("type");
        QTest::newRow("int") << QStringLiteral("3000") << QStringLiteral("int");
        QTest::newRow("quoted int") << QStringLiteral("\"3000\"") << QStringLiteral("string");
        QTest::newRow("negative") << QStringLiteral("-5") << QStringLiteral("int");
        QTest::newRow("true") << QStringLiteral("true") << QStringLiteral("bool");
        QTest::newRow("yes is a boolean in YAML 1.1")
            << QStringLiteral("yes") << QStringLiteral("bool");
        QTest::newRow("Off") << QStringLiteral("Off") << QStringLiteral("bool");
        QTest::newRow("quoted true") << QStringLiteral("'true'") << QStringLiteral("string");
        QTest::newRow("float") << QStringLiteral("1.5") << QStringLiteral("float");
        QTest::newRow("version-ish") << QStringLiteral("1.2.3") << QStringLiteral("string");
        QTest::newRow("symbol") << QStringLiteral(":web") << QStringLiteral("symbol");
        QTest::newRow("word") << QStringLiteral("amd64") << QStringLiteral("string");
    }

    void typesScalarsAsPsychDoes()
    {
        QFETCH(QString, value);
        QFETCH(QString, type);
        const auto node
            = parse(QStringLiteral("a: ") + value + QLatin1Char('\n'))->value(QStringLiteral("a"));
        QString actual = QStringLiteral("string");
        if (node->isInteger())
            actual = QStringLiteral("int");
        else if (node->isBoolean())
            actual = QStringLiteral("bool");
        else if (node->isFloat())
            actual = QStringLiteral("float");
        else if (node->isSymbol())
            actual = QStringLiteral("symbol");
        QCOMPARE(actual, type);
    }

    void resolvesMergeKeysLikePsych()
    {
        const auto root = parse(QStringLiteral("base: &base\n  a: 1\n  b: 2\n"
                                               "one:\n  <<: *base\n  b: 3\n"
                                               "flow: {<<: *base, c: 4}\n"
                                               "x: &x {k: x}\ny: &y {k: y, only: y}\n"
                                               "list:\n  <<: [*x, *y]\n"));
        QVERIFY(root);
        const auto one = root->value(QStringLiteral("one"));
        QCOMPARE(one->keys(), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(one->value(QStringLiteral("a"))->scalar, QStringLiteral("1"));
        QCOMPARE(one->value(QStringLiteral("b"))->scalar, QStringLiteral("3"));
        const auto flow = root->value(QStringLiteral("flow"));
        QCOMPARE(flow->value(QStringLiteral("c"))->scalar, QStringLiteral("4"));
        QCOMPARE(flow->value(QStringLiteral("b"))->scalar, QStringLiteral("2"));
        // In a list of maps the earlier map wins.
        const auto list = root->value(QStringLiteral("list"));
        QCOMPARE(list->value(QStringLiteral("k"))->scalar, QStringLiteral("x"));
        QCOMPARE(list->value(QStringLiteral("only"))->scalar, QStringLiteral("y"));
    }

    void keepsDuplicateKeysAndTheLastWins()
    {
        const auto root = parse(QStringLiteral("a: 1\nb: 2\na: 3\n"));
        QCOMPARE(root->entries.size(), 3);
        QCOMPARE(root->value(QStringLiteral("a"))->scalar, QStringLiteral("3"));
        QCOMPARE(root->keys(), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    }

    void reportsSyntaxErrorsWithAPosition()
    {
        const auto result = parseYaml(QStringLiteral("service: app\nservers: [a, b\nimage: x\n"),
                                      QStringLiteral("config/deploy.yml"));
        QVERIFY(!result.root);
        QVERIFY(result.error.has_value());
        QCOMPARE(result.error->code, QStringLiteral("yaml.syntax"));
        QCOMPARE(result.error->location.file, QStringLiteral("config/deploy.yml"));
        QVERIFY(result.error->location.line >= 2);
        QVERIFY(!result.error->message.isEmpty());
    }

    void refusesControlCharactersAsLibyamlDoes()
    {
        const auto result
            = parseYaml(QStringLiteral("a: 1\nb: x") + QChar(0) + QStringLiteral("\nc: 3\n"), {});
        QVERIFY(!result.root);
        QCOMPARE(result.error->message, QStringLiteral("control characters are not allowed"));
        QCOMPARE(result.error->location.line, 2);
        QCOMPARE(result.error->location.column, 5);
    }

    void refusesAnUnclosedQuotedScalar()
    {
        const auto result = parseYaml(QStringLiteral("a:\n  b: 'open\nc: 1\n"), {});
        QVERIFY(!result.root);
        QCOMPARE(result.error->message,
                 QStringLiteral("found unexpected end of stream while scanning a quoted scalar"));
        QCOMPARE(result.error->location.line, 2);
        QVERIFY(parseYaml(QStringLiteral("a: 'it''s\n  fine'\nb: \"x\\\"y\"\n"), {}).root);
    }

    void refusesTextThatIsNoYamlStructure()
    {
        const auto result = parseYaml(QStringLiteral("# comment\n, 100).\nservers:\n"), {});
        QVERIFY(!result.root);
        QCOMPARE(result.error->location.line, 2);
    }

    void stopsAliasBombs()
    {
        QString text = QStringLiteral("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        QChar previous = QLatin1Char('a');
        for (char name = 'b'; name <= 'k'; ++name) {
            text += QStringLiteral("%1: &%1 [").arg(QLatin1Char(name));
            for (int i = 0; i < 10; ++i)
                text += (i ? QStringLiteral(", *") : QStringLiteral("*")) + previous;
            text += QStringLiteral("]\n");
            previous = QLatin1Char(name);
        }
        const auto result = parseYaml(text, QStringLiteral("bomb.yml"));
        // Shared nodes are converted once, so this parses quickly and stays small.
        QVERIFY(result.root || result.error);
        if (result.error)
            QCOMPARE(result.error->code, QStringLiteral("yaml.limit"));
    }

    void handlesEmptyAndDocumentMarkers()
    {
        QVERIFY(parse(QString())->isNull());
        QVERIFY(parse(QStringLiteral("--- {}\n"))->isMap());
        QVERIFY(parse(QStringLiteral("# only a comment\n"))->isNull());
    }
};

QTEST_GUILESS_MAIN(TestYamlTree)
#include "tst_yamltree.moc"
