// ProjectEnvironment against a real Secret Service (gnome-keyring on a private D-Bus, started by
// tests/env/testenv) — and against a bus without one.
#include "TestEnv.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProjectEnvironment.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

using namespace Berth;

namespace {

// Runs an asynchronous call and waits (bounded) for its callback.
template<typename T, typename Call>
std::optional<Result<T>> await(Call call)
{
    std::optional<Result<T>> outcome;
    call([&outcome](Result<T> result) { outcome = std::move(result); });
    const QDeadlineTimer deadline(15000);
    while (!outcome && !deadline.hasExpired())
        QTest::qWait(20);
    return outcome;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QString errorText(const std::optional<Result<void>> &r)
{
    if (!r)
        return QStringLiteral("no answer");
    return r->has_value() ? QString() : r->error().message + u' ' + r->error().detail;
}

} // namespace

class TestProjectEnvironment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    void useTestSecretService()
    {
        BERTH_REQUIRE_TESTENV();
        qputenv("DBUS_SESSION_BUS_ADDRESS", TestEnv::value("BERTH_TEST_DBUS_ADDRESS").toUtf8());
    }

    // A fresh project folder (so a fresh keychain namespace) per case.
    QString newProject()
    {
        const QString root = m_dir.filePath(QStringLiteral("project%1").arg(++m_count));
        QDir().mkpath(root + QStringLiteral("/config"));
        writeFile(root + QStringLiteral("/config/deploy.yml"), "service: demo\n");
        return root;
    }

    QString catalogFile() const { return m_dir.filePath(QStringLiteral("catalog.ini")); }

private Q_SLOTS:
    void setGetListAndRemove()
    {
        useTestSecretService();
        QSettings catalog(catalogFile(), QSettings::IniFormat);
        ProjectEnvironment env(newProject(), QString(), &catalog);
        QVERIFY(env.service().startsWith(QLatin1String("Berth/") + env.projectId()));
        QVERIFY(env.service().endsWith(QLatin1String("/default")));

        const QString secret = QStringLiteral("op-token ✓ \"quoted\" $(not run)");
        auto done = await<void>(
            [&](auto h) { env.set(QStringLiteral("OP_SERVICE_ACCOUNT_TOKEN"), secret, true, h); });
        QVERIFY2(done && done->has_value(), qPrintable(errorText(done)));
        done = await<void>([&](auto h) {
            env.set(QStringLiteral("RAILS_ENV"), QStringLiteral("production"), false, h);
        });
        QVERIFY2(done && done->has_value(), qPrintable(errorText(done)));

        const auto variables = env.variables();
        QCOMPARE(variables.size(), 2);
        QCOMPARE(variables.at(0).name, QStringLiteral("OP_SERVICE_ACCOUNT_TOKEN"));
        QVERIFY(variables.at(0).secret);
        QCOMPARE(variables.at(1).name, QStringLiteral("RAILS_ENV"));
        QVERIFY(!variables.at(1).secret);

        auto read = await<QString>(
            [&](auto h) { env.get(QStringLiteral("OP_SERVICE_ACCOUNT_TOKEN"), h); });
        QVERIFY(read && read->has_value());
        QCOMPARE(**read, secret);

        // The catalog names the variables and never holds a value.
        catalog.sync();
        const QByteArray stored = readAll(catalogFile());
        QVERIFY(stored.contains("OP_SERVICE_ACCOUNT_TOKEN"));
        QVERIFY(!stored.contains("op-token"));
        QVERIFY(!stored.contains("production"));

        // Switching a variable to plain moves it in the catalog.
        done = await<void>(
            [&](auto h) { env.set(QStringLiteral("OP_SERVICE_ACCOUNT_TOKEN"), secret, false, h); });
        QVERIFY(done && done->has_value());
        QVERIFY(!env.variables().at(0).secret);

        done = await<void>(
            [&](auto h) { env.remove(QStringLiteral("OP_SERVICE_ACCOUNT_TOKEN"), h); });
        QVERIFY(done && done->has_value());
        QVERIFY(!env.contains(QStringLiteral("OP_SERVICE_ACCOUNT_TOKEN")));
        read = await<QString>(
            [&](auto h) { env.get(QStringLiteral("OP_SERVICE_ACCOUNT_TOKEN"), h); });
        QVERIFY(read && !read->has_value());
        QCOMPARE(read->error().code, QStringLiteral("keychain.not-found"));
        // Removing what is already gone is not an error.
        done = await<void>(
            [&](auto h) { env.remove(QStringLiteral("OP_SERVICE_ACCOUNT_TOKEN"), h); });
        QVERIFY(done && done->has_value());
    }

    void rejectsNamesKamalCannotUse()
    {
        QSettings catalog(catalogFile(), QSettings::IniFormat);
        ProjectEnvironment env(newProject(), QString(), &catalog);
        for (const QString &name :
             {QString(), QStringLiteral("1ABC"), QStringLiteral("A-B"), QStringLiteral("A B")}) {
            auto done = await<void>([&](auto h) { env.set(name, QStringLiteral("v"), true, h); });
            QVERIFY(done && !done->has_value());
            QCOMPARE(done->error().code, QStringLiteral("environment.invalid-name"));
        }
        QVERIFY(env.variables().isEmpty());
        QVERIFY(ProjectEnvironment::isValidName(QStringLiteral("db.password_2")));
    }

    void valuesAreNamespacedByProjectAndDestination()
    {
        useTestSecretService();
        QSettings catalog(catalogFile(), QSettings::IniFormat);
        const QString root = newProject();
        ProjectEnvironment production(root, QStringLiteral("production"), &catalog);
        ProjectEnvironment staging(root, QStringLiteral("staging"), &catalog);
        ProjectEnvironment other(newProject(), QStringLiteral("production"), &catalog);
        QVERIFY(production.service() != staging.service());
        QVERIFY(production.service() != other.service());
        // Another spelling of the same folder is the same project.
        QCOMPARE(ProjectEnvironment(root + QStringLiteral("/config/.."),
                                    QStringLiteral("production"), &catalog)
                     .service(),
                 production.service());

        auto done = await<void>([&](auto h) {
            production.set(QStringLiteral("DB"), QStringLiteral("prod-db"), true, h);
        });
        QVERIFY2(done && done->has_value(), qPrintable(errorText(done)));
        done = await<void>([&](auto h) {
            staging.set(QStringLiteral("DB"), QStringLiteral("staging-db"), true, h);
        });
        QVERIFY(done && done->has_value());
        auto read = await<QString>([&](auto h) { production.get(QStringLiteral("DB"), h); });
        QCOMPARE(**read, QStringLiteral("prod-db"));
        read = await<QString>([&](auto h) { staging.get(QStringLiteral("DB"), h); });
        QCOMPARE(**read, QStringLiteral("staging-db"));
        read = await<QString>([&](auto h) { other.get(QStringLiteral("DB"), h); });
        QVERIFY(read && !read->has_value());
        QVERIFY(other.variables().isEmpty());
    }

    void loadsASnapshotAndReportsMissingValues()
    {
        useTestSecretService();
        QSettings catalog(catalogFile(), QSettings::IniFormat);
        ProjectEnvironment env(newProject(), QStringLiteral("staging"), &catalog);
        for (const auto &[name, value, secret] :
             {std::tuple {QStringLiteral("A"), QStringLiteral("alpha"), true},
              std::tuple {QStringLiteral("B"), QStringLiteral("beta"), false},
              std::tuple {QStringLiteral("GONE"), QStringLiteral("x"), true}}) {
            auto done = await<void>([&](auto h) { env.set(name, value, secret, h); });
            QVERIFY2(done && done->has_value(), qPrintable(errorText(done)));
        }
        // Deleted behind Berth's back, e.g. with seahorse.
        KeychainSecretStore direct(env.service());
        auto removed = await<void>([&](auto h) { direct.remove(QStringLiteral("GONE"), h); });
        QVERIFY(removed && removed->has_value());

        auto snapshot = await<ProjectEnvironment::Snapshot>([&](auto h) { env.loadSnapshot(h); });
        QVERIFY(snapshot && snapshot->has_value());
        QCOMPARE((*snapshot)->values.size(), 2);
        QCOMPARE((*snapshot)->values.value(QStringLiteral("A")), QStringLiteral("alpha"));
        QCOMPARE((*snapshot)->values.value(QStringLiteral("B")), QStringLiteral("beta"));
        QCOMPARE((*snapshot)->plainNames, QSet<QString> {QStringLiteral("B")});
        QCOMPARE((*snapshot)->missing, QStringList {QStringLiteral("GONE")});
    }

    void importsADotenvFileWithoutChangingIt()
    {
        useTestSecretService();
        QSettings catalog(catalogFile(), QSettings::IniFormat);
        const QString root = newProject();
        ProjectEnvironment env(root, QString(), &catalog);
        auto done = await<void>(
            [&](auto h) { env.set(QStringLiteral("EXISTING"), QStringLiteral("old"), true, h); });
        QVERIFY(done && done->has_value());

        const QString dotenv = root + QStringLiteral("/.env");
        const QByteArray text = "# comment\n"
                                "DATABASE_URL=postgres://u:p@db/app # trailing comment\n"
                                "export QUOTED=\"two words\"\n"
                                "EXISTING=new\n"
                                "DERIVED=${QUOTED}-x\n"
                                "CMD=$(touch ran && echo x)\n"
                                "this line is not dotenv\n"
                                "SINGLE='$literal'\n";
        writeFile(dotenv, text);
        const QDateTime modified = QFileInfo(dotenv).lastModified();

        auto report = await<ProjectEnvironment::ImportReport>(
            [&](auto h) { env.importDotenv(dotenv, true, h); });
        QVERIFY(report && report->has_value());
        const auto &r = **report;
        QCOMPARE(r.imported,
                 (QStringList {QStringLiteral("DATABASE_URL"), QStringLiteral("QUOTED"),
                               QStringLiteral("EXISTING"), QStringLiteral("DERIVED"),
                               QStringLiteral("SINGLE")}));
        QCOMPARE(r.replaced, QStringList {QStringLiteral("EXISTING")});
        QCOMPARE(r.skipped.size(), 1);
        QCOMPARE(r.skipped.constFirst().name, QStringLiteral("CMD"));
        QCOMPARE(r.skipped.constFirst().line, 6);
        QVERIFY(r.skipped.constFirst().reason.contains(QLatin1String("command")));
        QVERIFY(!QFile::exists(root + QStringLiteral("/ran")));
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.constFirst().location.line, 7);

        // The file is untouched.
        QCOMPARE(readAll(dotenv), text);
        QCOMPARE(QFileInfo(dotenv).lastModified(), modified);

        auto snapshot = await<ProjectEnvironment::Snapshot>([&](auto h) { env.loadSnapshot(h); });
        QVERIFY(snapshot && snapshot->has_value());
        const auto &values = (*snapshot)->values;
        QCOMPARE(values.value(QStringLiteral("DATABASE_URL")),
                 QStringLiteral("postgres://u:p@db/app"));
        QCOMPARE(values.value(QStringLiteral("QUOTED")), QStringLiteral("two words"));
        QCOMPARE(values.value(QStringLiteral("EXISTING")), QStringLiteral("new"));
        QCOMPARE(values.value(QStringLiteral("DERIVED")), QStringLiteral("two words-x"));
        QCOMPARE(values.value(QStringLiteral("SINGLE")), QStringLiteral("$literal"));
        QVERIFY(!values.contains(QStringLiteral("CMD")));
        catalog.sync();
        QVERIFY(!readAll(catalogFile()).contains("postgres://"));
    }

    void importReportsAnUnreadableFile()
    {
        QSettings catalog(catalogFile(), QSettings::IniFormat);
        ProjectEnvironment env(newProject(), QString(), &catalog);
        auto report = await<ProjectEnvironment::ImportReport>(
            [&](auto h) { env.importDotenv(m_dir.filePath(QStringLiteral("nope.env")), true, h); });
        QVERIFY(report && !report->has_value());
        QCOMPARE(report->error().code, QStringLiteral("environment.import-unreadable"));
        QVERIFY(report->error().message.contains(QLatin1String("nope.env")));
    }

    void ignoresTheImportedFileInGitOnRequest()
    {
        QSettings catalog(catalogFile(), QSettings::IniFormat);
        const QString root = newProject();
        ProjectEnvironment env(root, QString(), &catalog);
        writeFile(root + QStringLiteral("/.gitignore"), "/log");
        QVERIFY(env.ignoreInGit(root + QStringLiteral("/.env")).has_value());
        QVERIFY(env.ignoreInGit(root + QStringLiteral("/.env")).has_value());
        QCOMPARE(readAll(root + QStringLiteral("/.gitignore")), QByteArray("/log\n/.env\n"));
        const auto outside = env.ignoreInGit(m_dir.filePath(QStringLiteral("elsewhere.env")));
        QVERIFY(!outside.has_value());
        QCOMPARE(outside.error().code, QStringLiteral("environment.outside-project"));

        writeFile(root + QStringLiteral("/.env"), "A=1\n");
        QVERIFY(ProjectEnvironment::deleteImportedFile(root + QStringLiteral("/.env")).has_value());
        QVERIFY(!QFile::exists(root + QStringLiteral("/.env")));
        QVERIFY(
            !ProjectEnvironment::deleteImportedFile(root + QStringLiteral("/.env")).has_value());
    }

    void failsClearlyWithoutASecretService()
    {
        // ctest points DBUS_SESSION_BUS_ADDRESS at nothing for this case.
        QSettings catalog(catalogFile(), QSettings::IniFormat);
        const QString root = newProject();
        ProjectEnvironment env(root, QString(), &catalog);
        auto available = await<void>([&](auto h) { env.checkAvailable(h); });
        QVERIFY(available && !available->has_value());
        QCOMPARE(available->error().code, QStringLiteral("keychain.unavailable"));
        QVERIFY(available->error().message.contains(QLatin1String("Secret Service")));

        auto done = await<void>(
            [&](auto h) { env.set(QStringLiteral("A"), QStringLiteral("v"), true, h); });
        QVERIFY(done && !done->has_value());
        QVERIFY(env.variables().isEmpty()); // nothing recorded for a value that was not kept

        const QString dotenv = root + QStringLiteral("/.env");
        writeFile(dotenv, "A=1\n");
        auto report = await<ProjectEnvironment::ImportReport>(
            [&](auto h) { env.importDotenv(dotenv, true, h); });
        QVERIFY(report && !report->has_value());
        QCOMPARE(report->error().code, QStringLiteral("keychain.unavailable"));
        QVERIFY(env.variables().isEmpty());
        // And no value landed anywhere on disk beside the .env itself.
        catalog.sync();
        QVERIFY(!readAll(catalogFile()).contains("A=1"));
    }
};

QTEST_GUILESS_MAIN(TestProjectEnvironment)
#include "tst_projectenvironment.moc"
