#include "LineDiff.h"
#include "core/config/YamlEditor.h"

#include <QTest>

using namespace Berth;
using namespace Berth::Config;

namespace {

// Applies one edit to a file without ERB and returns the new text (or the error code).
QString edit(const QString &text, const std::function<Result<QString>(const YamlEditor &)> &change)
{
    const auto parsed = parseYaml(text, QStringLiteral("deploy.yml"));
    const YamlEditor editor(text, text, parsed.root);
    const auto result = change(editor);
    return result ? *result : QStringLiteral("error: ") + result.error().code;
}

// The lines of `after` that are not in `before`, in order.
QStringList changedLines(const QString &before, const QString &after)
{
    return diffLines(before, after).added;
}

const QString Sample = QStringLiteral("# My app\n"
                                      "service: shop   # the name\n"
                                      "image: acme/shop\n"
                                      "\n"
                                      "servers:\n"
                                      "  web:\n"
                                      "    hosts:\n"
                                      "      - 10.0.0.1\n"
                                      "      - 10.0.0.2 # second\n"
                                      "    # workers come later\n"
                                      "proxy:\n"
                                      "  host: \"shop.example.com\"\n"
                                      "  app_port: 3000\n"
                                      "\n"
                                      "# trailing comment about env\n"
                                      "env:\n"
                                      "  clear:\n"
                                      "    A: '1'\n"
                                      "builder:\n"
                                      "  arch: [amd64]\n");

} // namespace

class TestYamlEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesAScalarInPlace()
    {
        const QString out = edit(Sample, [](const YamlEditor &e) {
            return e.set(QStringLiteral("proxy/app_port"), ScalarValue::integer(8080));
        });
        QCOMPARE(changedLines(Sample, out), QStringList {QStringLiteral("  app_port: 8080")});
    }

    void keepsCommentsAndQuoteStyle()
    {
        QString out = edit(Sample, [](const YamlEditor &e) {
            return e.set(QStringLiteral("service"), ScalarValue::string(QStringLiteral("store")));
        });
        QCOMPARE(changedLines(Sample, out),
                 QStringList {QStringLiteral("service: store   # the name")});
        out = edit(Sample, [](const YamlEditor &e) {
            return e.set(QStringLiteral("proxy/host"),
                         ScalarValue::string(QStringLiteral("a.example.com")));
        });
        QCOMPARE(changedLines(Sample, out),
                 QStringList {QStringLiteral("  host: \"a.example.com\"")});
        out = edit(Sample, [](const YamlEditor &e) {
            return e.set(QStringLiteral("env/clear/A"),
                         ScalarValue::string(QStringLiteral("it's")));
        });
        QCOMPARE(changedLines(Sample, out), QStringList {QStringLiteral("    A: 'it''s'")});
        out = edit(Sample, [](const YamlEditor &e) {
            return e.set(QStringLiteral("servers/web/hosts/1"),
                         ScalarValue::string(QStringLiteral("10.0.0.9")));
        });
        QCOMPARE(changedLines(Sample, out),
                 QStringList {QStringLiteral("      - 10.0.0.9 # second")});
    }

    void quotesWhatWouldReadAsAnotherType_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("acme/shop") << QStringLiteral("acme/shop");
        QTest::newRow("number as string") << QStringLiteral("3000") << QStringLiteral("\"3000\"");
        QTest::newRow("yes") << QStringLiteral("yes") << QStringLiteral("\"yes\"");
        QTest::newRow("colon space") << QStringLiteral("a: b") << QStringLiteral("\"a: b\"");
        QTest::newRow("hash") << QStringLiteral("#x") << QStringLiteral("\"#x\"");
        QTest::newRow("erb is escaped")
            << QStringLiteral("<%= x %>") << QStringLiteral("<%%= x %>");
        QTest::newRow("ip address") << QStringLiteral("10.0.0.9") << QStringLiteral("10.0.0.9");
        QTest::newRow("base 60") << QStringLiteral("12:30") << QStringLiteral("\"12:30\"");
        QTest::newRow("date") << QStringLiteral("2024-01-27") << QStringLiteral("\"2024-01-27\"");
        QTest::newRow("port mapping")
            << QStringLiteral("127.0.0.1:5432:5432") << QStringLiteral("127.0.0.1:5432:5432");
        QTest::newRow("quote and backslash")
            << QStringLiteral("say \"hi\" \\") << QStringLiteral("say \"hi\" \\");
        QTest::newRow("leading quote") << QStringLiteral("\"q") << QStringLiteral("\"\\\"q\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\\nb\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
    }

    void quotesWhatWouldReadAsAnotherType()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(YamlEditor::format(ScalarValue::string(value)), written);
        // And it reads back as the same string.
        const auto root = parseYaml(QStringLiteral("k: ") + written + QLatin1Char('\n'), {}).root;
        QVERIFY(root);
        QCOMPARE(root->value(QStringLiteral("k"))->scalar,
                 QString(value).replace(QLatin1String("<%"), QLatin1String("<%%")));
    }

    void insertsAMissingKeyWithTheNeighboursIndentation()
    {
        QString out = edit(Sample, [](const YamlEditor &e) {
            return e.set(QStringLiteral("proxy/ssl"), ScalarValue::boolean(true));
        });
        QCOMPARE(changedLines(Sample, out), QStringList {QStringLiteral("  ssl: true")});
        QVERIFY(out.contains(QLatin1String("  app_port: 3000\n  ssl: true\n\n# trailing comment")));

        out = edit(Sample, [](const YamlEditor &e) {
            return e.set(QStringLiteral("env/clear/RAILS_ENV"),
                         ScalarValue::string(QStringLiteral("production")));
        });
        QCOMPARE(changedLines(Sample, out),
                 QStringList {QStringLiteral("    RAILS_ENV: production")});

        out = edit(Sample, [](const YamlEditor &e) {
            return e.set(QStringLiteral("ssh/user"), ScalarValue::string(QStringLiteral("deploy")));
        });
        QCOMPARE(changedLines(Sample, out),
                 (QStringList {QStringLiteral("ssh:"), QStringLiteral("  user: deploy")}));
        QVERIFY(out.endsWith(QLatin1String("  arch: [amd64]\nssh:\n  user: deploy\n")));
    }

    void appendsToBlockAndFlowLists()
    {
        QString out = edit(Sample, [](const YamlEditor &e) {
            return e.append(QStringLiteral("servers/web/hosts"),
                            ScalarValue::string(QStringLiteral("10.0.0.3")));
        });
        QCOMPARE(changedLines(Sample, out), QStringList {QStringLiteral("      - 10.0.0.3")});
        // Inserted after the last item, before the comment that introduces what follows.
        QVERIFY(out.contains(
            QLatin1String("      - 10.0.0.2 # second\n      - 10.0.0.3\n    # workers")));

        out = edit(Sample, [](const YamlEditor &e) {
            return e.append(QStringLiteral("builder/arch"),
                            ScalarValue::string(QStringLiteral("arm64")));
        });
        QCOMPARE(changedLines(Sample, out), QStringList {QStringLiteral("  arch: [amd64, arm64]")});

        out = edit(Sample, [](const YamlEditor &e) {
            return e.append(QStringLiteral("env/secret"),
                            ScalarValue::string(QStringLiteral("DB_PASSWORD")));
        });
        QCOMPARE(changedLines(Sample, out),
                 (QStringList {QStringLiteral("  secret:"), QStringLiteral("    - DB_PASSWORD")}));
    }

    void appendsToAListIndentedLikeItsKey()
    {
        const QString text = QStringLiteral("servers:\n- a\n- b\nimage: x\n");
        const QString out = edit(text, [](const YamlEditor &e) {
            return e.append(QStringLiteral("servers"), ScalarValue::string(QStringLiteral("c")));
        });
        QCOMPARE(out, QStringLiteral("servers:\n- a\n- b\n- c\nimage: x\n"));
    }

    void fillsAnEmptyKey()
    {
        const QString text = QStringLiteral("proxy:\nimage: x\nretain_containers:\n");
        QString out = edit(text, [](const YamlEditor &e) {
            return e.set(QStringLiteral("proxy/host"), ScalarValue::string(QStringLiteral("a.b")));
        });
        QCOMPARE(out, QStringLiteral("proxy:\n  host: a.b\nimage: x\nretain_containers:\n"));
        out = edit(text, [](const YamlEditor &e) {
            return e.set(QStringLiteral("retain_containers"), ScalarValue::integer(3));
        });
        QCOMPARE(out, QStringLiteral("proxy:\nimage: x\nretain_containers: 3\n"));
    }

    void keepsCrlfAndAddsAMissingFinalNewline()
    {
        const QString crlf = QStringLiteral("service: a\r\nproxy:\r\n  host: h\r\n");
        QString out = edit(crlf, [](const YamlEditor &e) {
            return e.set(QStringLiteral("proxy/app_port"), ScalarValue::integer(80));
        });
        QCOMPARE(out, QStringLiteral("service: a\r\nproxy:\r\n  host: h\r\n  app_port: 80\r\n"));
        out = edit(QStringLiteral("service: a"), [](const YamlEditor &e) {
            return e.set(QStringLiteral("image"), ScalarValue::string(QStringLiteral("b")));
        });
        QCOMPARE(out, QStringLiteral("service: a\nimage: b\n"));
    }

    void insertsAMapBlock()
    {
        const QString block
            = QStringLiteral("image: redis:7\nhost: 10.0.0.1\nport: "
                             "\"127.0.0.1:6379:6379\"\ndirectories:\n  - data:/data\n");
        const QString out = edit(Sample, [&](const YamlEditor &e) {
            return e.insertMap(QStringLiteral("accessories/redis"), block);
        });
        QCOMPARE(changedLines(Sample, out),
                 (QStringList {
                     QStringLiteral("accessories:"), QStringLiteral("  redis:"),
                     QStringLiteral("    image: redis:7"), QStringLiteral("    host: 10.0.0.1"),
                     QStringLiteral("    port: \"127.0.0.1:6379:6379\""),
                     QStringLiteral("    directories:"), QStringLiteral("      - data:/data")}));
        QCOMPARE(edit(out,
                      [&](const YamlEditor &e) {
                          return e.insertMap(QStringLiteral("accessories/redis"), block);
                      }),
                 QStringLiteral("error: edit.exists"));
    }

    void refusesWhatItCannotEditSafely()
    {
        QCOMPARE(edit(QStringLiteral("a: |\n  x\n  y\n"),
                      [](const YamlEditor &e) {
                          return e.set(QStringLiteral("a"),
                                       ScalarValue::string(QStringLiteral("z")));
                      }),
                 QStringLiteral("error: edit.multiline"));
        QCOMPARE(edit(Sample,
                      [](const YamlEditor &e) {
                          return e.set(QStringLiteral("servers/web"),
                                       ScalarValue::string(QStringLiteral("z")));
                      }),
                 QStringLiteral("error: edit.not-a-scalar"));
        QCOMPARE(edit(Sample,
                      [](const YamlEditor &e) {
                          return e.append(QStringLiteral("service"),
                                          ScalarValue::string(QStringLiteral("z")));
                      }),
                 QStringLiteral("error: edit.not-a-list"));
        QCOMPARE(edit(QStringLiteral("a: {b: 1}\n"),
                      [](const YamlEditor &e) {
                          return e.set(QStringLiteral("a/c"), ScalarValue::integer(2));
                      }),
                 QStringLiteral("error: edit.flow"));
        QCOMPARE(edit(Sample,
                      [](const YamlEditor &e) {
                          return e.set(QStringLiteral("servers/web/hosts/7"),
                                       ScalarValue::string(QStringLiteral("z")));
                      }),
                 QStringLiteral("error: edit.path"));
    }

    void removesAnEntryWithItsCommentLines()
    {
        const auto remove = [](const QString &text, const QString &path) {
            return edit(text, [&](const YamlEditor &e) { return e.remove(path); });
        };
        // A key with its nested block and the comment right above it; nothing else moves.
        QCOMPARE(remove(Sample, QStringLiteral("env")),
                 QString(Sample).replace(QStringLiteral("# trailing comment about env\n"
                                                        "env:\n  clear:\n    A: '1'\n"),
                                         QString()));
        QCOMPARE(diffLines(Sample, remove(Sample, QStringLiteral("proxy/host"))).removed,
                 QStringList {QStringLiteral("  host: \"shop.example.com\"")});
        // A list item (with its trailing comment), block and flow.
        QCOMPARE(diffLines(Sample, remove(Sample, QStringLiteral("servers/web/hosts/1"))).removed,
                 QStringList {QStringLiteral("      - 10.0.0.2 # second")});
        QCOMPARE(remove(QStringLiteral("a: [x, y, z]\n"), QStringLiteral("a/1")),
                 QStringLiteral("a: [x, z]\n"));
        QCOMPARE(remove(QStringLiteral("a: [x, y, z]\n"), QStringLiteral("a/2")),
                 QStringLiteral("a: [x, y]\n"));
        QCOMPARE(remove(QStringLiteral("a: {b: 1, c: 2}\n"), QStringLiteral("a/b")),
                 QStringLiteral("a: {c: 2}\n"));
        // A map item of a list goes whole.
        QCOMPARE(remove(QStringLiteral("hosts:\n  - 1.1.1.1: [a]\n  - 2.2.2.2\n"),
                        QStringLiteral("hosts/0")),
                 QStringLiteral("hosts:\n  - 2.2.2.2\n"));
        // The last entry leaves its key, which YAML reads as empty.
        QCOMPARE(remove(QStringLiteral("env:\n  clear:\n    A: 1\nimage: x\n"),
                        QStringLiteral("env/clear/A")),
                 QStringLiteral("env:\n  clear:\nimage: x\n"));
        // CRLF and a missing final newline survive.
        QCOMPARE(remove(QStringLiteral("a: 1\r\nb: 2\r\nc: 3"), QStringLiteral("c")),
                 QStringLiteral("a: 1\r\nb: 2"));
        QCOMPARE(remove(QStringLiteral("a: 1\r\nb: 2\r\nc: 3"), QStringLiteral("b")),
                 QStringLiteral("a: 1\r\nc: 3"));
    }

    void refusesRemovalsThatWouldChangeMore()
    {
        const auto remove = [](const QString &text, const QString &path) {
            return edit(text, [&](const YamlEditor &e) { return e.remove(path); });
        };
        QCOMPARE(remove(Sample, QStringLiteral("nothing/here")),
                 QStringLiteral("error: edit.missing"));
        // An anchored map used elsewhere: removing from it would change both places.
        QCOMPARE(remove(QStringLiteral("x: &d\n  a: 1\n  b: 2\ny: *d\n"), QStringLiteral("x/a")),
                 QStringLiteral("error: edit.unverified"));
        // `- name: x` shares the item's line with its dash.
        QCOMPARE(remove(QStringLiteral("l:\n  - a: 1\n    b: 2\n"), QStringLiteral("l/0/a")),
                 QStringLiteral("error: edit.shared-line"));
    }

    void refusesToOverwriteErbOutput()
    {
        // Template and rendered text differ where the tag was: the mapping says so.
        const QString templ = QStringLiteral("host: <%= ENV[\"H\"] %>\nport: 1\n");
        const QString rendered = QStringLiteral("host: example.com\nport: 1\n");
        const qsizetype tagStart = 6;
        const qsizetype tagLength = 15;
        const qsizetype outputLength = 11;
        const SourceMap map = [=](qsizetype offset) -> std::optional<qsizetype> {
            if (offset < tagStart)
                return offset;
            if (offset < tagStart + outputLength)
                return std::nullopt;
            return offset - outputLength + tagLength;
        };
        const auto root = parseYaml(rendered, {}).root;
        const YamlEditor editor(templ, rendered, root, map);
        const auto refused
            = editor.set(QStringLiteral("host"), ScalarValue::string(QStringLiteral("x")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("edit.erb"));
        const auto port = editor.set(QStringLiteral("port"), ScalarValue::integer(2));
        QVERIFY(port);
        QCOMPARE(*port, QStringLiteral("host: <%= ENV[\"H\"] %>\nport: 2\n"));
    }
};

QTEST_GUILESS_MAIN(TestYamlEditor)
#include "tst_yamleditor.moc"
