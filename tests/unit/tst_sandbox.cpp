// The sandbox's destination file and environment: the demo's merged configuration with
// destination "sandbox" must point at the sandbox servers, registry and S3, with plain HTTP,
// and the file must hold no secret.
#include "engine/Operation.h"
#include "engine/Sandbox.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Engine;

namespace {

// What `testenv env` prints (quoted where testenv quotes).
const QString kEnv
    = QStringLiteral("export BERTH_TEST_HOSTS='10.98.0.11 10.98.0.12'\n"
                     "export BERTH_TEST_SSH_PORT=22\n"
                     "export BERTH_TEST_SSH_USER=root\n"
                     "export BERTH_TEST_REGISTRY=10.98.0.1:5001\n"
                     "export BERTH_TEST_REGISTRY_PUSH=127.0.0.1:5001\n"
                     "export BERTH_TEST_REGISTRY_USER=berth\n"
                     "export BERTH_TEST_REGISTRY_PASSWORD='pa ss'\\''word'\n"
                     "export BERTH_TEST_S3_ENDPOINT=http://10.98.0.1:9000\n"
                     "export BERTH_TEST_S3_ACCESS_KEY=AKEXAMPLE\n"
                     "export BERTH_TEST_S3_SECRET_KEY=s3secretvalue\n"
                     "export BERTH_TEST_S3_BUCKET=berth-backups\n"
                     "export BERTH_TEST_S3_REGION=us-east-1\n"
                     "export BERTH_TEST_POSTGRES_IMAGE=10.98.0.1:5001/berth/postgres:15\n"
                     "export BERTH_TEST_BACKUP_IMAGE=10.98.0.1:5001/berth/postgres-backup-s3:15\n");

bool copyDemo(const QString &to)
{
    const QString from = QStringLiteral(BERTH_SOURCE_DIR "/examples/demo");
    QDir().mkpath(to + QStringLiteral("/config"));
    QDir().mkpath(to + QStringLiteral("/.kamal"));
    for (const QString &file : {QStringLiteral("config/deploy.yml"),
                                QStringLiteral(".kamal/secrets"), QStringLiteral("Dockerfile")}) {
        if (!QFile::copy(from + QLatin1Char('/') + file, to + QLatin1Char('/') + file))
            return false;
    }
    return true;
}

} // namespace

class SandboxTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTestenvExports()
    {
        const auto env = SandboxEnvironment::parse(kEnv);
        QVERIFY(env.has_value());
        QCOMPARE(env->hosts,
                 (QStringList {QStringLiteral("10.98.0.11"), QStringLiteral("10.98.0.12")}));
        QCOMPARE(env->registryPassword, QStringLiteral("pa ss'word"));
        QCOMPARE(env->registryPush, QStringLiteral("127.0.0.1:5001"));
        QVERIFY(!SandboxEnvironment::parse(QStringLiteral("export OTHER=1\n")).has_value());
    }

    void destinationPointsAtTheSandbox()
    {
        const auto env = SandboxEnvironment::parse(kEnv);
        QVERIFY(env.has_value());
        QTemporaryDir dir;
        QVERIFY(copyDemo(dir.path()));
        const QString yaml = Sandbox::destinationYaml(*env, QStringLiteral("/keys/id_ed25519"));
        for (const QString &secret : {env->registryPassword, env->s3AccessKey, env->s3SecretKey})
            QVERIFY2(!yaml.contains(secret), qPrintable(secret));
        QFile file(dir.filePath(QStringLiteral("config/deploy.sandbox.yml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(yaml.toUtf8());
        file.close();

        // The project environment the sandbox stores (plain variables and secrets).
        QHash<QString, QString> variables;
        const auto list = Sandbox::variables(
            *env, {{QStringLiteral("POSTGRES_PASSWORD"), QStringLiteral("kept")}});
        for (const Sandbox::Variable &variable : list)
            variables.insert(variable.name, variable.value);
        QCOMPARE(variables.value(QStringLiteral("POSTGRES_PASSWORD")), QStringLiteral("kept"));
        QCOMPARE(variables.value(QStringLiteral("BACKUP_PASSPHRASE")).size(), 32);
        QCOMPARE(variables.value(QStringLiteral("KAMAL_REGISTRY_PASSWORD")), env->registryPassword);

        const auto loaded = loadProjectConfig(dir.path(), QStringLiteral("sandbox"), variables);
        QVERIFY2(loaded.has_value(), loaded ? "" : qPrintable(loaded.error().message));
        const Kamal::KamalConfig &config = *loaded->config;
        QCOMPARE(config.appHosts(), QStringList {QStringLiteral("10.98.0.11")});
        QCOMPARE(config.registry.server, QStringLiteral("127.0.0.1:5001"));
        QCOMPARE(config.image, QStringLiteral("berth/demo"));
        QVERIFY(config.rootProxy.has_value());
        QVERIFY(!config.rootProxy->ssl);
        QCOMPARE(config.rootProxy->hosts, QStringList {QStringLiteral("10.98.0.11")});
        QCOMPARE(config.ssh.keys, QStringList {QStringLiteral("/keys/id_ed25519")});
        QCOMPARE(config.builder.driver, QStringLiteral("docker"));
        QCOMPARE(config.accessories.size(), 2);
        for (const Kamal::Accessory &accessory : config.accessories) {
            QCOMPARE(accessory.hosts, QStringList {QStringLiteral("10.98.0.11")});
            QVERIFY2(accessory.image.startsWith(QStringLiteral("127.0.0.1:5001/berth/")),
                     qPrintable(accessory.image));
        }
    }
};

QTEST_GUILESS_MAIN(SandboxTest)
#include "tst_sandbox.moc"
