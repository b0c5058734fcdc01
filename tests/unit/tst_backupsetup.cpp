// Finding the postgres-backup-s3 accessory in deploy.yml and reading its settings.
#include "core/backup/BackupSetup.h"
#include "core/backup/VerificationRecord.h"
#include "core/config/YamlTree.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Berth;
using namespace Berth::Backup;
using namespace Qt::StringLiterals;

namespace {

Kamal::KamalConfig configFrom(const QString &yaml)
{
    const Config::YamlParseResult parsed = Config::parseYaml(yaml, QStringLiteral("deploy.yml"));
    Result<Kamal::KamalConfig> config = Kamal::KamalConfig::load(parsed.root, QString());
    if (!config)
        qFatal("config does not load: %s", qPrintable(config.error().message));
    return *config;
}

const QString Base = uR"(service: app
image: me/app
servers: [1.1.1.1]
registry:
  username: me
  password: [KAMAL_REGISTRY_PASSWORD]
accessories:
  db:
    image: postgres:15
    host: 1.1.1.2
    env:
      clear:
        POSTGRES_DB: app_production
      secret: [POSTGRES_PASSWORD]
  backup:
    image: %1
    hosts: [1.1.1.2, 1.1.1.3]
    env:
      clear:
        SCHEDULE: "@daily"
        BACKUP_KEEP_DAYS: 7
        S3_BUCKET: backups
        S3_PREFIX: app
        S3_ENDPOINT: https://s3.example.com
        S3_REGION: eu-central-1
        POSTGRES_HOST: app-db
        POSTGRES_DATABASE: app_production
        POSTGRES_USER: postgres
%2      secret:
        - POSTGRES_PASSWORD
        - S3_ACCESS_KEY_ID
        - S3_SECRET_ACCESS_KEY:AWS_SECRET
        - PASSPHRASE
)"_s;

const Kamal::SecretValues AllSecrets {{u"POSTGRES_PASSWORD"_s, u"pg-secret"_s},
                                      {u"S3_ACCESS_KEY_ID"_s, u"AKIA123"_s},
                                      {u"AWS_SECRET"_s, u"aws-secret"_s},
                                      {u"PASSPHRASE"_s, u"correct horse"_s}};

} // namespace

class TestBackupSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesImages_data();
    void recognisesImages();
    void readsEverySetting();
    void namesMissingSecretsAndSettings();
    void saysWhenThereIsNoBackupAccessory();
    void acceptsAnImageMarkedCompatible();
    void warnsAboutAnUnknownPostgresHost();
    void recordsVerifications();
};

void TestBackupSetup::recognisesImages_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<bool>("known");
    QTest::newRow("hub") << u"eeshugerman/postgres-backup-s3:16"_s << true;
    QTest::newRow("no tag") << u"eeshugerman/postgres-backup-s3"_s << true;
    QTest::newRow("docker.io") << u"docker.io/eeshugerman/postgres-backup-s3:15"_s << true;
    QTest::newRow("digest") << u"eeshugerman/postgres-backup-s3@sha256:abcd"_s << true;
    QTest::newRow("test image") << u"10.98.0.1:5001/berth/postgres-backup-s3:15"_s << true;
    QTest::newRow("registry host")
        << u"registry.example.com/eeshugerman/postgres-backup-s3:15"_s << true;
    QTest::newRow("postgres") << u"postgres:15"_s << false;
    QTest::newRow("fork") << u"someone/postgres-backup-s3:17"_s << false;
    QTest::newRow("prefix only") << u"eeshugerman/postgres-backup-s3-extra:1"_s << false;
}

void TestBackupSetup::recognisesImages()
{
    QFETCH(QString, image);
    QFETCH(bool, known);
    QCOMPARE(BackupDiscoverer::isBackupImage(image), known);
}

void TestBackupSetup::readsEverySetting()
{
    const auto config = configFrom(Base.arg(u"eeshugerman/postgres-backup-s3:15"_s, QString()));
    const BackupDiscovery discovery = BackupDiscoverer::discover(config, AllSecrets);
    QCOMPARE(discovery.setups.size(), 1);
    const BackupSetup &setup = discovery.setups.constFirst();
    QVERIFY2(setup.isUsable(), qPrintable(setup.problems.join(u'\n')));
    QCOMPARE(setup.accessoryName, u"backup"_s);
    QCOMPARE(setup.containerName, u"app-backup"_s);
    QCOMPARE(setup.host, u"1.1.1.2"_s);
    QCOMPARE(setup.database, u"app_production"_s);
    QCOMPARE(setup.postgresHost, u"app-db"_s);
    QCOMPARE(setup.postgresPort, u"5432"_s);
    QCOMPARE(setup.postgresUser, u"postgres"_s);
    QCOMPARE(setup.postgresPassword, u"pg-secret"_s);
    QCOMPARE(setup.postgresAccessoryName, u"db"_s);
    QCOMPARE(setup.postgresContainerName, u"app-db"_s);
    QCOMPARE(setup.postgresImage, u"postgres:15"_s);
    QCOMPARE(setup.s3Endpoint, u"https://s3.example.com"_s);
    QCOMPARE(setup.s3Bucket, u"backups"_s);
    QCOMPARE(setup.s3Prefix, u"app"_s);
    QCOMPARE(setup.s3Region, u"eu-central-1"_s);
    QCOMPARE(setup.s3AccessKeyId, u"AKIA123"_s);
    QCOMPARE(setup.s3SecretAccessKey, u"aws-secret"_s); // through the NAME:KEY alias
    QCOMPARE(setup.schedule, u"@daily"_s);
    QCOMPARE(setup.keepDays, u"7"_s);
    QCOMPARE(setup.passphrase, u"correct horse"_s);
    QVERIFY(setup.encrypted());
    // Two hosts (the first is used) and retention's reach are worth a word.
    QVERIFY(setup.warnings.join(u' ').contains(u"2 hosts"_s));
    QVERIFY(setup.warnings.join(u' ').contains(u"every object under “app/”"_s));
    const auto secrets = setup.secretValues();
    QCOMPARE(secrets.size(), 4);
    QCOMPARE(secrets.value(u"PASSPHRASE"_s), u"correct horse"_s);
}

void TestBackupSetup::namesMissingSecretsAndSettings()
{
    QString yaml = Base.arg(u"eeshugerman/postgres-backup-s3:15"_s, QString());
    yaml.remove(u"        S3_PREFIX: app\n"_s);
    Kamal::SecretValues secrets = AllSecrets;
    secrets.remove(u"AWS_SECRET"_s);
    const BackupDiscovery discovery = BackupDiscoverer::discover(configFrom(yaml), secrets);
    QCOMPARE(discovery.setups.size(), 1);
    const QStringList problems = discovery.setups.constFirst().problems;
    QVERIFY(!discovery.setups.constFirst().isUsable());
    QVERIFY2(problems.contains(u"The accessory “backup” does not set S3_PREFIX in its env."_s),
             qPrintable(problems.join(u'\n')));
    QVERIFY2(problems.contains(u"The secret AWS_SECRET (for S3_SECRET_ACCESS_KEY of “backup”) is "
                               u"not set: add it on the Secrets page."_s),
             qPrintable(problems.join(u'\n')));
}

void TestBackupSetup::saysWhenThereIsNoBackupAccessory()
{
    const auto config = configFrom(Base.arg(u"someone/else:1"_s, QString()));
    const BackupDiscovery discovery = BackupDiscoverer::discover(config, AllSecrets);
    QVERIFY(discovery.setups.isEmpty());
    QVERIFY(discovery.message.startsWith(u"No accessory runs postgres-backup-s3"_s));
}

void TestBackupSetup::acceptsAnImageMarkedCompatible()
{
    const auto config = configFrom(Base.arg(u"ghcr.io/me/pg-backup:17"_s, QString()));
    QVERIFY(BackupDiscoverer::discover(config, AllSecrets).setups.isEmpty());
    const BackupDiscovery discovery
        = BackupDiscoverer::discover(config, AllSecrets, {u"me/pg-backup"_s});
    QCOMPARE(discovery.setups.size(), 1);
    QVERIFY(discovery.setups.constFirst().isUsable());
}

void TestBackupSetup::warnsAboutAnUnknownPostgresHost()
{
    QString yaml = Base.arg(u"eeshugerman/postgres-backup-s3:15"_s, QString());
    yaml.replace(u"POSTGRES_HOST: app-db"_s, u"POSTGRES_HOST: db.internal"_s);
    yaml.remove(u"        SCHEDULE: \"@daily\"\n"_s);
    const BackupSetup setup
        = BackupDiscoverer::discover(configFrom(yaml), AllSecrets).setups.constFirst();
    QVERIFY(setup.isUsable());
    QVERIFY(setup.postgresContainerName.isEmpty());
    const QString warnings = setup.warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"POSTGRES_HOST is “db.internal”, which is no accessory"_s),
             qPrintable(warnings));
    QVERIFY(warnings.contains(u"SCHEDULE is empty"_s));
}

void TestBackupSetup::recordsVerifications()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    VerificationRecord record(&settings, u"project1"_s);
    QVERIFY(!record.last(u"app/prod"_s));
    Verification verification;
    verification.when = QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::utc());
    verification.backupKey = u"app/app_2026-11-26T11:00:00.dump.gpg"_s;
    verification.tables = 3;
    verification.rows = 1234;
    record.record(u"app/prod"_s, verification);
    const VerificationRecord reread(&settings, u"project1"_s);
    const auto last = reread.last(u"app/prod"_s);
    QVERIFY(last);
    QCOMPARE(last->when, verification.when);
    QCOMPARE(last->backupKey, verification.backupKey);
    QCOMPARE(last->tables, 3);
    QCOMPARE(last->rows, 1234);
    QVERIFY(!VerificationRecord(&settings, u"project2"_s).last(u"app/prod"_s));
}

QTEST_GUILESS_MAIN(TestBackupSetup)
#include "tst_backupsetup.moc"
