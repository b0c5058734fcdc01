// The opt-in rendering with the real Ruby ERB: values, the environment Kamal gives, per-file
// errors in Ruby's words, and Dotenv-style state carried from one file to the next.
#include "core/config/RubyErb.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth::Config;

class TestRubyErb : public QObject
{
    Q_OBJECT

private:
    // Renders and waits for the answer (the renderer itself never blocks).
    static QList<RubyErbRenderer::Outcome> render(const QStringList &texts,
                                                  const QHash<QString, QString> &variables = {},
                                                  const QString &directory = QDir::tempPath())
    {
        RubyErbRenderer renderer;
        QSignalSpy done(&renderer, &RubyErbRenderer::finished);
        QSignalSpy failed(&renderer, &RubyErbRenderer::failed);
        QStringList files;
        QHash<QString, QString> templates;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            files.append(QStringLiteral("file%1.yml").arg(i));
            templates.insert(files.constLast(), texts.at(i));
        }
        renderer.render(files, templates, variables, directory);
        if (!done.wait(RubyErbRenderer::TimeoutMs + 5000)) {
            qWarning() << "no answer:" << failed;
            return {};
        }
        return done.constFirst().constFirst().value<QList<RubyErbRenderer::Outcome>>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<RubyErbRenderer::Outcome>>();
        if (RubyErbRenderer::rubyExecutable().isEmpty()) {
            if (qEnvironmentVariableIsSet("BERTH_REQUIRE_TESTENV"))
                QFAIL("ruby is not installed: run scripts/install-deps --test");
            QSKIP("ruby is not installed (scripts/install-deps --test installs it)");
        }
    }

    void rendersWhatBerthLeavesToRuby()
    {
        QTemporaryDir dir;
        QFile version(dir.filePath(QStringLiteral(".ruby-version")));
        QVERIFY(version.open(QIODevice::WriteOnly));
        version.write("3.3.0\n");
        version.close();
        const auto outcomes = render(
            {QStringLiteral("a: <%= File.read('.ruby-version').strip %>\n"
                            "b: <%= `echo hi`.strip %>\n"
                            "c: <%= [1, 2, 3].sum %>\n"
                            "d: <%= ENV[\"PROJECT_VAR\"] %>\n"
                            "e: <%= ENV.fetch(\"KAMAL_DESTINATION\", \"none\") %>\n"
                            "<%- 2.times do |i| -%>\nf<%= i %>: x\n<%- end -%>\n")},
            {{QStringLiteral("PROJECT_VAR"), QStringLiteral("from the project ✓")}}, dir.path());
        QCOMPARE(outcomes.size(), 1);
        QVERIFY2(outcomes.constFirst().ok, qPrintable(outcomes.constFirst().error));
        QCOMPARE(outcomes.constFirst().text,
                 QStringLiteral("a: 3.3.0\nb: hi\nc: 6\nd: from the project ✓\ne: none\n"
                                "f0: x\nf1: x\n"));
    }

    void reportsRubysErrorPerFile()
    {
        const auto outcomes
            = render({QStringLiteral("a: <%= ENV.fetch(\"BERTH_SURELY_UNSET\") %>\n"),
                      QStringLiteral("b: 1\n")});
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(!outcomes.at(0).ok);
        QVERIFY2(outcomes.at(0).error.startsWith(QLatin1String("KeyError: key not found")),
                 qPrintable(outcomes.at(0).error));
        QVERIFY(outcomes.at(1).ok);
        QCOMPARE(outcomes.at(1).text, QStringLiteral("b: 1\n"));
    }

    void carriesStateToTheNextFile()
    {
        // Kamal renders the base and destination files in one Ruby process.
        const auto outcomes
            = render({QStringLiteral("<% ENV[\"SHARED\"] = \"set by base\" %>a: 1\n"),
                      QStringLiteral("b: <%= ENV[\"SHARED\"] %>\n")});
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.at(1).text, QStringLiteral("b: set by base\n"));
    }

    void cancelsWithoutAnswering()
    {
        RubyErbRenderer renderer;
        QSignalSpy done(&renderer, &RubyErbRenderer::finished);
        renderer.render({QStringLiteral("slow.yml")},
                        {{QStringLiteral("slow.yml"), QStringLiteral("<% sleep 30 %>a: 1\n")}}, {},
                        QDir::tempPath());
        QVERIFY(renderer.isRunning());
        renderer.cancel();
        QVERIFY(!renderer.isRunning());
        QVERIFY(!done.wait(300));
    }
};

QTEST_GUILESS_MAIN(TestRubyErb)
#include "tst_rubyerb.moc"
