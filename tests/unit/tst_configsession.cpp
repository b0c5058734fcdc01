#include "core/AtomicFile.h"
#include "core/TextDiff.h"
#include "core/config/ConfigSession.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Config;

namespace {

const QByteArray Base = "# demo\n"
                        "service: shop\n"
                        "image: acme/shop\n"
                        "servers:\n"
                        "  web:\n"
                        "    - 10.0.0.1\n"
                        "registry:\n"
                        "  username: acme\n"
                        "  password:\n"
                        "    - KAMAL_REGISTRY_PASSWORD\n"
                        "builder:\n"
                        "  arch: amd64\n"
                        "proxy:\n"
                        "  app_port: 3000 # the port\n";
const QByteArray Staging = "servers:\n  web:\n    - 10.0.0.9\n";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestConfigSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base;
    QString m_staging;

    std::unique_ptr<ConfigSession> open(const QString &destination = {})
    {
        LoadOptions options;
        options.configFile = m_base;
        options.destination = destination;
        options.erb.variable = [](const QString &) { return std::optional<QString>(); };
        return std::make_unique<ConfigSession>(options);
    }

private Q_SLOTS:
    void init()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("config"));
        m_base = m_dir.filePath(QStringLiteral("config/deploy.yml"));
        m_staging = m_dir.filePath(QStringLiteral("config/deploy.staging.yml"));
        QVERIFY(AtomicFile::write(m_base, Base).has_value());
        QVERIFY(AtomicFile::write(m_staging, Staging).has_value());
    }

    void editsUndoesRedoesAndSaves()
    {
        auto session = open();
        QVERIFY(!session->config().hasErrors());
        QSignalSpy changed(session.get(), &ConfigSession::changed);
        QVERIFY(
            session->set(QStringLiteral("proxy/app_port"), ScalarValue::integer(8080)).has_value());
        QVERIFY(session->isModified());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(
            YamlEditor::find(session->config().effective, QStringLiteral("proxy/app_port"))->scalar,
            QStringLiteral("8080"));
        // Nothing is written before save().
        QCOMPARE(readFile(m_base), Base);

        QVERIFY(session
                    ->append(QStringLiteral("servers/web"),
                             ScalarValue::string(QStringLiteral("10.0.0.2")))
                    .has_value());
        session->undo();
        QVERIFY(!YamlEditor::find(session->config().effective, QStringLiteral("servers/web/1")));
        session->redo();
        QCOMPARE(
            YamlEditor::find(session->config().effective, QStringLiteral("servers/web/1"))->scalar,
            QStringLiteral("10.0.0.2"));

        const QString diff = session->pendingDiff();
        QVERIFY2(diff.contains(
                     QLatin1String("-  app_port: 3000 # the port\n+  app_port: 8080 # the port\n")),
                 qPrintable(diff));
        QVERIFY(diff.contains(QLatin1String("+    - 10.0.0.2\n")));
        QVERIFY(
            diff.startsWith(QLatin1String("--- a/config/deploy.yml\n+++ b/config/deploy.yml\n")));

        QVERIFY(session->save().has_value());
        QVERIFY(!session->isModified());
        QVERIFY(!session->canUndo());
        QByteArray expected = Base;
        expected.replace("app_port: 3000", "app_port: 8080");
        expected.replace("    - 10.0.0.1\n", "    - 10.0.0.1\n    - 10.0.0.2\n");
        QCOMPARE(readFile(m_base), expected);
    }

    void undoingEverythingIsUnmodified()
    {
        auto session = open();
        QVERIFY(
            session->set(QStringLiteral("service"), ScalarValue::string(QStringLiteral("store")))
                .has_value());
        session->undo();
        QVERIFY(!session->isModified());
        QVERIFY(session->pendingDiff().isEmpty());
    }

    void editsTheDestinationFileWhereItDecides()
    {
        auto session = open(QStringLiteral("staging"));
        QCOMPARE(
            YamlEditor::find(session->config().effective, QStringLiteral("servers/web/0"))->scalar,
            QStringLiteral("10.0.0.9"));
        QVERIFY(session
                    ->set(QStringLiteral("servers/web/0"),
                          ScalarValue::string(QStringLiteral("10.0.0.8")))
                    .has_value());
        QVERIFY(
            session->set(QStringLiteral("proxy/app_port"), ScalarValue::integer(81)).has_value());
        QVERIFY(session->save().has_value());
        QCOMPARE(readFile(m_staging), QByteArray("servers:\n  web:\n    - 10.0.0.8\n"));
        QVERIFY(readFile(m_base).contains("app_port: 81 # the port"));
    }

    void refusesToOverwriteAFileChangedOnDisk()
    {
        auto session = open();
        QVERIFY(
            session->set(QStringLiteral("service"), ScalarValue::string(QStringLiteral("store")))
                .has_value());
        QVERIFY(AtomicFile::write(m_base, Base + "# edited elsewhere\n").has_value());
        QCOMPARE(session->changedOnDisk(), QStringList {QStringLiteral("deploy.yml")});
        const auto saved = session->save();
        QVERIFY(!saved.has_value());
        QCOMPARE(saved.error().code, QStringLiteral("save.conflict"));
        QVERIFY(readFile(m_base).endsWith("# edited elsewhere\n"));
        QVERIFY(session->isModified()); // the user's edit is not lost either
        session->reload();
        QVERIFY(!session->isModified());
        QCOMPARE(YamlEditor::find(session->config().effective, QStringLiteral("service"))->scalar,
                 QStringLiteral("shop"));
    }

    void unifiedDiffHasHunksWithContext()
    {
        QString before;
        for (int i = 1; i <= 20; ++i)
            before += QStringLiteral("line %1\n").arg(i);
        QString after = before;
        after.replace(QLatin1String("line 2\n"), QLatin1String("line two\n"));
        after.replace(QLatin1String("line 18\n"), QLatin1String("line 18\nline 18b\n"));
        const QString diff = unifiedDiff(before, after, QStringLiteral("f.yml"));
        QCOMPARE(diff,
                 QStringLiteral(
                     "--- a/f.yml\n+++ b/f.yml\n"
                     "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n"
                     "@@ -16,6 +16,7 @@\n line 16\n line 17\n line 18\n+line 18b\n line 19\n line "
                     "20\n \n"));
        QVERIFY(unifiedDiff(before, before, QStringLiteral("f.yml")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConfigSession)
#include "tst_configsession.moc"
