#include "core/Project.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;

class TestProject : public QObject
{
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

private Q_SLOTS:
    void opensTheDemoProject()
    {
        const auto project = Project::open(QStringLiteral(BERTH_SOURCE_DIR "/examples/demo"));
        QVERIFY2(project.has_value(), project ? "" : qPrintable(project.error().message));
        QCOMPARE(project->displayName(), QStringLiteral("demo"));
        QCOMPARE(project->destinations(), QStringList {QStringLiteral("staging")});
        QCOMPARE(project->secretsFiles(),
                 (QStringList {QStringLiteral(".kamal/secrets"),
                               QStringLiteral(".kamal/secrets.staging")}));
        QVERIFY(project->configPath().endsWith(QLatin1String("examples/demo/config/deploy.yml")));
        QVERIFY(QFileInfo::exists(project->configPath()));
    }

    void normalizesThePath()
    {
        const auto project
            = Project::open(QStringLiteral(BERTH_SOURCE_DIR "/examples/demo/config/../"));
        QVERIFY(project.has_value());
        QCOMPARE(project->rootPath(),
                 QDir::cleanPath(QStringLiteral(BERTH_SOURCE_DIR "/examples/demo")));
    }

    void refusesAMissingFolder()
    {
        const auto project = Project::open(QStringLiteral("/nonexistent/berth/project"));
        QVERIFY(!project.has_value());
        QCOMPARE(project.error().code, QStringLiteral("project.missing"));
        QVERIFY(project.error().message.contains(QLatin1String("does not exist")));
    }

    void refusesAnEmptyPath()
    {
        QCOMPARE(Project::open(QString()).error().code, QStringLiteral("project.missing"));
    }

    void refusesAFile()
    {
        const auto project
            = Project::open(QStringLiteral(BERTH_SOURCE_DIR "/examples/demo/Dockerfile"));
        QVERIFY(!project.has_value());
        QCOMPARE(project.error().code, QStringLiteral("project.not-a-folder"));
    }

    void explainsAFolderWithoutDeployYml()
    {
        QTemporaryDir dir;
        const auto project = Project::open(dir.path());
        QVERIFY(!project.has_value());
        QCOMPARE(project.error().code, QStringLiteral("project.no-config"));
        QVERIFY(project.error().message.contains(QLatin1String("config/deploy.yml")));
        QVERIFY(project.error().message.contains(QLatin1String("kamal init")));
    }

    void findsDestinationsAndSecretsFiles()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("config/deploy.yml")), "service: shop\n");
        write(dir.filePath(QStringLiteral("config/deploy.production.yml")), "{}\n");
        write(dir.filePath(QStringLiteral("config/deploy.beta.yml")), "{}\n");
        write(dir.filePath(QStringLiteral("config/deploy.yml.bak")), "x\n");
        write(dir.filePath(QStringLiteral("config/deploy.a.b.yml")), "x\n"); // not a destination
        write(dir.filePath(QStringLiteral(".kamal/secrets-common")), "A=1\n");
        write(dir.filePath(QStringLiteral(".kamal/secrets.production")), "B=2\n");
        write(dir.filePath(QStringLiteral(".kamal/secrets_backup")), "C=3\n");
        const auto project = Project::open(dir.path());
        QVERIFY(project.has_value());
        QCOMPARE(project->displayName(), QStringLiteral("shop"));
        QCOMPARE(project->destinations(),
                 (QStringList {QStringLiteral("beta"), QStringLiteral("production")}));
        QCOMPARE(project->secretsFiles(),
                 (QStringList {QStringLiteral(".kamal/secrets-common"),
                               QStringLiteral(".kamal/secrets.production")}));
    }

    void fallsBackToTheFolderNameWhenServiceIsNotPlain_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("erb") << QByteArray("service: <%= ENV[\"SVC\"] %>\n");
        QTest::newRow("broken yaml") << QByteArray("service: [unclosed\n");
        QTest::newRow("no service") << QByteArray("image: a/b\n");
        QTest::newRow("not a map") << QByteArray("- just a list\n");
        QTest::newRow("empty") << QByteArray();
    }

    void fallsBackToTheFolderNameWhenServiceIsNotPlain()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("config/deploy.yml")), content);
        const auto project = Project::open(dir.path());
        QVERIFY(project.has_value());
        QCOMPARE(project->displayName(), QDir(dir.path()).dirName());
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
