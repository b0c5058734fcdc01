#pragma once

// A Postgres accessory and a postgres-backup-s3 accessory on the first test server, set up
// as deploy.yml describes them (service <name>, network <name>, containers <name>-db and
// <name>-backup, backups in MinIO under <name>/backups with a passphrase). Shared by the
// engine's e2e test and the Backups page test; everything is named after `name` and removed
// by tearDown().
#include "TestEnv.h"

#include "core/backup/BackupSetup.h"
#include "core/config/YamlTree.h"
#include "engine/BackupJobs.h"
#include "engine/HostConnector.h"
#include "ssh/SshSession.h"

#include <QTest>

#include <memory>

class BackupServer
{
public:
    static QString passphrase() { return QStringLiteral("bk test passphrase ✓"); }
    static QString dbPassword() { return QStringLiteral("bktest-db-password-91"); }

    QString name;
    QString host;
    QString yaml; // config/deploy.yml
    Berth::Kamal::SecretValues secrets;
    std::shared_ptr<const Berth::Kamal::KamalConfig> config;
    Berth::Backup::BackupSetup setup;
    Berth::Engine::HostKeyPolicy hostKeyPolicy;
    Berth::Engine::PlanRunner::Connector connect;
    std::unique_ptr<Berth::Ssh::Session> session;
    bool booted = false;

    // The configuration, the discovered setup and an SSH session; no containers yet.
    // Returns an error message, or an empty string.
    QString prepare(const QString &serviceName)
    {
        name = serviceName;
        host = TestEnv::hosts().value(0);
        yaml = QStringLiteral(R"(service: %1
image: berth/testapp
servers: [%2]
registry:
  server: %3
  username: %4
  password: [KAMAL_REGISTRY_PASSWORD]
ssh:
  user: root
  keys: [%5]
accessories:
  db:
    image: %6
    host: %2
    network: %1
    env:
      clear:
        POSTGRES_USER: app
        POSTGRES_DB: app_production
      secret: [POSTGRES_PASSWORD]
  backup:
    image: %7
    host: %2
    network: %1
    env:
      clear:
        SCHEDULE: "@daily"
        BACKUP_KEEP_DAYS: 7
        S3_ENDPOINT: %8
        S3_BUCKET: %9
        S3_PREFIX: %1/backups
        S3_REGION: %10
        POSTGRES_HOST: %1-db
        POSTGRES_DATABASE: app_production
        POSTGRES_USER: app
      secret: [POSTGRES_PASSWORD, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, PASSPHRASE]
)")
                   .arg(name, host, TestEnv::value("BERTH_TEST_REGISTRY"),
                        TestEnv::value("BERTH_TEST_REGISTRY_USER"),
                        TestEnv::value("BERTH_TEST_SSH_KEY"),
                        TestEnv::value("BERTH_TEST_POSTGRES_IMAGE"),
                        TestEnv::value("BERTH_TEST_BACKUP_IMAGE"),
                        TestEnv::value("BERTH_TEST_S3_ENDPOINT"),
                        TestEnv::value("BERTH_TEST_S3_BUCKET"))
                   .arg(TestEnv::value("BERTH_TEST_S3_REGION"));
        const auto parsed = Berth::Config::parseYaml(yaml, QStringLiteral("deploy.yml"));
        auto loaded = Berth::Kamal::KamalConfig::load(parsed.root, QString());
        if (!loaded)
            return loaded.error().message;
        config = std::make_shared<const Berth::Kamal::KamalConfig>(*loaded);
        secrets
            = {{QStringLiteral("POSTGRES_PASSWORD"), dbPassword()},
               {QStringLiteral("S3_ACCESS_KEY_ID"), TestEnv::value("BERTH_TEST_S3_ACCESS_KEY")},
               {QStringLiteral("S3_SECRET_ACCESS_KEY"), TestEnv::value("BERTH_TEST_S3_SECRET_KEY")},
               {QStringLiteral("PASSPHRASE"), passphrase()},
               {QStringLiteral("KAMAL_REGISTRY_PASSWORD"),
                TestEnv::value("BERTH_TEST_REGISTRY_PASSWORD")}};
        const auto discovery = Berth::Backup::BackupDiscoverer::discover(*config, secrets);
        if (discovery.setups.size() != 1)
            return QStringLiteral("discovery found %1 setups").arg(discovery.setups.size());
        setup = discovery.setups.constFirst();
        if (!setup.isUsable())
            return setup.problems.join(QLatin1Char('\n'));
        hostKeyPolicy.knownHostsFile = TestEnv::value("BERTH_TEST_KNOWN_HOSTS");
        connect = Berth::Engine::makeConnector(config, hostKeyPolicy);
        auto connected = connect(host);
        if (!connected)
            return connected.error().message;
        session = std::move(*connected);
        return {};
    }

    Berth::Result<Berth::Ssh::ExecResult> remote(const QString &command,
                                                 const QByteArray &input = {}) const
    {
        Berth::Ssh::ExecOptions options;
        options.standardInput = input;
        return session->exec(command, options);
    }

    QString psql(const QString &sql) const
    {
        auto result = remote(QStringLiteral("docker exec -i %1-db psql -X -q -A -t -v "
                                            "ON_ERROR_STOP=1 -U app -d app_production")
                                 .arg(name),
                             sql.toUtf8());
        if (!result || result->exitStatus != 0)
            return QStringLiteral("ERROR ")
                + QString::fromUtf8(result ? result->standardError : QByteArray());
        return QString::fromUtf8(result->standardOutput).trimmed();
    }

    // Boots both accessories as Kamal does (env files from stdin, mode 0600) and seeds
    // `items` with 250 rows. Returns an error message, or an empty string.
    QString boot()
    {
        auto login = remote(QStringLiteral("docker login %1 -u %2 --password-stdin >/dev/null")
                                .arg(TestEnv::value("BERTH_TEST_REGISTRY"),
                                     TestEnv::value("BERTH_TEST_REGISTRY_USER")),
                            TestEnv::value("BERTH_TEST_REGISTRY_PASSWORD").toUtf8());
        if (!login || login->exitStatus != 0)
            return QStringLiteral("docker login failed");
        booted = true;
        const QByteArray dbEnv = "POSTGRES_USER=app\nPOSTGRES_DB=app_production\n"
                                 "POSTGRES_PASSWORD="
            + dbPassword().toUtf8() + '\n';
        const QByteArray backupEnv = "SCHEDULE=@daily\nBACKUP_KEEP_DAYS=7\nS3_ENDPOINT="
            + setup.s3Endpoint.toUtf8() + "\nS3_BUCKET=" + setup.s3Bucket.toUtf8()
            + "\nS3_PREFIX=" + setup.s3Prefix.toUtf8() + "\nS3_REGION=" + setup.s3Region.toUtf8()
            + "\nPOSTGRES_HOST=" + setup.postgresHost.toUtf8()
            + "\nPOSTGRES_DATABASE=app_production\nPOSTGRES_USER=app\nPOSTGRES_PASSWORD="
            + dbPassword().toUtf8() + "\nS3_ACCESS_KEY_ID=" + setup.s3AccessKeyId.toUtf8()
            + "\nS3_SECRET_ACCESS_KEY=" + setup.s3SecretAccessKey.toUtf8()
            + "\nPASSPHRASE=" + passphrase().toUtf8() + '\n';
        const QList<std::pair<QString, QByteArray>> envs {{QStringLiteral("db"), dbEnv},
                                                          {QStringLiteral("backup"), backupEnv}};
        for (const auto &[suffix, env] : envs) {
            auto written
                = remote(QStringLiteral("umask 077; cat > /root/%1-%2.env").arg(name, suffix), env);
            if (!written || written->exitStatus != 0)
                return QStringLiteral("could not write the env file");
        }
        auto network = remote(QStringLiteral("docker network create %1").arg(name));
        if (!network || network->exitStatus != 0)
            return QStringLiteral("could not create the network");
        const QList<std::pair<QString, QString>> images {
            {QStringLiteral("db"), setup.postgresImage}, {QStringLiteral("backup"), setup.image}};
        for (const auto &[suffix, image] : images) {
            auto run = remote(QStringLiteral("docker run --name %1-%2 --detach --restart "
                                             "unless-stopped --network %1 --env-file "
                                             "/root/%1-%2.env --label service=%1-%2 %3")
                                  .arg(name, suffix, image));
            if (!run || run->exitStatus != 0)
                return QStringLiteral("docker run failed: ")
                    + (run ? QString::fromUtf8(run->standardError) : run.error().message);
        }
        for (int i = 0; i < 120 && psql(QStringLiteral("SELECT 1;")) != QLatin1String("1"); ++i)
            QTest::qWait(500);
        const QString seeded = psql(QStringLiteral(
            "CREATE TABLE items (id int PRIMARY KEY, name text); INSERT INTO items SELECT g, "
            "'item ' || g FROM generate_series(1, 250) g; SELECT count(*) FROM items;"));
        return seeded == QLatin1String("250") ? QString() : seeded;
    }

    // What is left of this test's drill containers and networks on the server.
    QString drillLeftovers() const
    {
        auto left = remote(QStringLiteral("docker ps -a -q --filter name=%1-drill; docker network "
                                          "ls -q --filter name=%1-drill")
                               .arg(name));
        return left ? QString::fromUtf8(left->standardOutput).trimmed()
                    : QStringLiteral("(ssh failed)");
    }

    // The S3 prefix (from inside the backup container, which has the keys), then only what
    // this test created.
    void tearDown()
    {
        if (!session || !booted)
            return;
        (void)remote(QStringLiteral("docker exec %1-backup sh -c '. ./env.sh && aws $aws_args s3 "
                                    "rm --quiet --recursive \"s3://$S3_BUCKET/$S3_PREFIX/\"'")
                         .arg(name));
        (void)remote(
            QStringLiteral("docker rm -f %1-db %1-backup; docker rm -f $(docker ps -a -q "
                           "--filter name=%1-drill) 2>/dev/null; docker network rm %1 "
                           "$(docker network ls -q --filter name=%1-drill) 2>/dev/null; "
                           "rm -f /root/%1-db.env /root/%1-backup.env; "
                           // The login this fixture made goes too (the selftest checks
                           // that an anonymous pull is refused).
                           "docker logout %2 >/dev/null 2>&1; "
                           "[ \"$(tr -d ' \\n\\t' < ~/.docker/config.json 2>/dev/null)\" = "
                           "'{\"auths\":{}}' ] && rm -rf ~/.docker")
                .arg(name, TestEnv::value("BERTH_TEST_REGISTRY")));
        booted = false;
    }
};
