// Backups against the real test servers: a Postgres accessory and a postgres-backup-s3
// accessory on 10.98.0.11, backed up to MinIO with a passphrase, listed, downloaded and
// decrypted here, restored (with the safety backup first) and drilled in a throwaway
// container. Everything it creates is named bktest-<pid>… and removed at the end.
#include "TestEnv.h"

#include "cloud/S3Client.h"
#include "core/backup/BackupCatalog.h"
#include "core/backup/BackupSetup.h"
#include "core/config/YamlTree.h"
#include "engine/BackupJobs.h"
#include "engine/HostConnector.h"
#include "ssh/SshSession.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Engine;
using namespace Qt::StringLiterals;

namespace {

const QString Passphrase = u"bk test passphrase ✓"_s;
const QString DbPassword = u"bktest-db-password-91"_s;

template<typename Job>
bool waitFor(Job *job, int timeoutMs = 240000)
{
    if (job->outcome() != BackupJob::Outcome::Running)
        return true;
    QSignalSpy spy(job, &Job::finished);
    return spy.wait(timeoutMs);
}

template<typename Job>
QString describe(const Job *job)
{
    return job->error().code + u": "_s + job->error().message + u" ["_s + job->error().detail
        + u"]"_s;
}

} // namespace

class TestBackupJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backUpNowUploadsAnEncryptedDump();
    void downloadDecryptsToAValidArchive();
    void aWrongPassphraseSaysSo();
    void restoreBringsTheDataBackAfterASafetyBackup();
    void verifyDrillCountsAndLeavesNothingBehind();
    void cancelledDrillLeavesNothingBehind();
    void cleanupTestCase();

private:
    Result<Ssh::ExecResult> remote(const QString &command, const QByteArray &input = {});
    QString psql(const QString &sql);
    QList<Backup::BackupEntry> listBackups();

    QString m_name; // bktest-<pid>: the service, the network and every container's prefix
    QString m_host;
    std::shared_ptr<const Kamal::KamalConfig> m_config;
    PlanRunner::Connector m_connect;
    std::unique_ptr<Ssh::Session> m_session;
    Backup::BackupSetup m_setup;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    QString m_firstKey;
    bool m_started = false;
};

Result<Ssh::ExecResult> TestBackupJobs::remote(const QString &command, const QByteArray &input)
{
    Ssh::ExecOptions options;
    options.standardInput = input;
    return m_session->exec(command, options);
}

QString TestBackupJobs::psql(const QString &sql)
{
    auto result = remote(u"docker exec -i %1-db psql -X -q -A -t -v ON_ERROR_STOP=1 -U app -d "
                         u"app_production"_s.arg(m_name),
                         sql.toUtf8());
    if (!result || result->exitStatus != 0)
        return u"ERROR "_s + QString::fromUtf8(result ? result->standardError : QByteArray());
    return QString::fromUtf8(result->standardOutput).trimmed();
}

QList<Backup::BackupEntry> TestBackupJobs::listBackups()
{
    std::unique_ptr<Cloud::S3Client> client(makeS3Client(&m_network, m_setup));
    Cloud::S3ListJob *list = client->listObjects(listingPrefix(m_setup));
    QSignalSpy spy(list, &Cloud::S3Job::finished);
    if (!list->isFinished() && !spy.wait(30000))
        return {};
    if (!list->succeeded())
        return {};
    QList<Backup::StoredObject> objects;
    for (const Cloud::S3Object &object : list->objects())
        objects.append({object.key, object.size, object.lastModified});
    return Backup::BackupCatalog(objects, m_setup.s3Prefix).backups(m_setup.database);
}

void TestBackupJobs::initTestCase()
{
    BERTH_REQUIRE_TESTENV();
    QVERIFY(m_dir.isValid());
    m_name = u"bktest-%1"_s.arg(QCoreApplication::applicationPid());
    m_host = TestEnv::hosts().constFirst();

    // deploy.yml as a user writes it: the backup accessory reads its secrets from the
    // secrets file; the discovery below is the one the Backups page uses.
    const QString yaml = uR"(service: %1
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
        S3_ENDPOINT: %8
        S3_BUCKET: %9
        S3_PREFIX: %1/backups
        S3_REGION: %10
        POSTGRES_HOST: %1-db
        POSTGRES_DATABASE: app_production
        POSTGRES_USER: app
      secret: [POSTGRES_PASSWORD, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, PASSPHRASE]
)"_s.arg(m_name, m_host, TestEnv::value("BERTH_TEST_REGISTRY"),
         TestEnv::value("BERTH_TEST_REGISTRY_USER"), TestEnv::value("BERTH_TEST_SSH_KEY"),
         TestEnv::value("BERTH_TEST_POSTGRES_IMAGE"), TestEnv::value("BERTH_TEST_BACKUP_IMAGE"),
         TestEnv::value("BERTH_TEST_S3_ENDPOINT"), TestEnv::value("BERTH_TEST_S3_BUCKET"))
                             .arg(TestEnv::value("BERTH_TEST_S3_REGION"));
    const Config::YamlParseResult parsed = Config::parseYaml(yaml, u"deploy.yml"_s);
    auto config = Kamal::KamalConfig::load(parsed.root, QString());
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    m_config = std::make_shared<const Kamal::KamalConfig>(*config);
    const Kamal::SecretValues secrets {
        {u"POSTGRES_PASSWORD"_s, DbPassword},
        {u"S3_ACCESS_KEY_ID"_s, TestEnv::value("BERTH_TEST_S3_ACCESS_KEY")},
        {u"S3_SECRET_ACCESS_KEY"_s, TestEnv::value("BERTH_TEST_S3_SECRET_KEY")},
        {u"PASSPHRASE"_s, Passphrase}};
    const auto discovery = Backup::BackupDiscoverer::discover(*m_config, secrets);
    QCOMPARE(discovery.setups.size(), 1);
    m_setup = discovery.setups.constFirst();
    QVERIFY2(m_setup.isUsable(), qPrintable(m_setup.problems.join(u'\n')));
    QCOMPARE(m_setup.containerName, m_name + u"-backup"_s);
    QCOMPARE(m_setup.postgresContainerName, m_name + u"-db"_s);

    HostKeyPolicy policy;
    policy.knownHostsFile = TestEnv::value("BERTH_TEST_KNOWN_HOSTS");
    m_connect = makeConnector(m_config, policy);
    auto session = m_connect(m_host);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
    m_session = std::move(*session);

    // The two accessories, booted as Kamal boots them (env files from stdin, mode 0600).
    auto login = remote(
        u"docker login %1 -u %2 --password-stdin >/dev/null"_s.arg(
            TestEnv::value("BERTH_TEST_REGISTRY"), TestEnv::value("BERTH_TEST_REGISTRY_USER")),
        TestEnv::value("BERTH_TEST_REGISTRY_PASSWORD").toUtf8());
    QVERIFY(login && login->exitStatus == 0);
    m_started = true;
    const QByteArray dbEnv = "POSTGRES_USER=app\nPOSTGRES_DB=app_production\nPOSTGRES_PASSWORD="
        + DbPassword.toUtf8() + '\n';
    const QByteArray backupEnv = "SCHEDULE=@daily\nS3_ENDPOINT=" + m_setup.s3Endpoint.toUtf8()
        + "\nS3_BUCKET=" + m_setup.s3Bucket.toUtf8() + "\nS3_PREFIX=" + m_setup.s3Prefix.toUtf8()
        + "\nS3_REGION=" + m_setup.s3Region.toUtf8()
        + "\nPOSTGRES_HOST=" + m_setup.postgresHost.toUtf8()
        + "\nPOSTGRES_DATABASE=app_production\nPOSTGRES_USER=app\nPOSTGRES_PASSWORD="
        + DbPassword.toUtf8() + "\nS3_ACCESS_KEY_ID=" + m_setup.s3AccessKeyId.toUtf8()
        + "\nS3_SECRET_ACCESS_KEY=" + m_setup.s3SecretAccessKey.toUtf8()
        + "\nPASSPHRASE=" + Passphrase.toUtf8() + '\n';
    for (const auto &[suffix, env] :
         {std::pair {u"db"_s, dbEnv}, std::pair {u"backup"_s, backupEnv}}) {
        auto written = remote(u"umask 077; cat > /root/%1-%2.env"_s.arg(m_name, suffix), env);
        QVERIFY(written && written->exitStatus == 0);
    }
    auto network = remote(u"docker network create %1"_s.arg(m_name));
    QVERIFY(network && network->exitStatus == 0);
    for (const auto &[suffix, image] :
         {std::pair {u"db"_s, m_setup.postgresImage}, std::pair {u"backup"_s, m_setup.image}}) {
        auto run = remote(
            u"docker run --name %1-%2 --detach --restart unless-stopped --network "
            u"%1 --env-file /root/%1-%2.env --label service=%1-%2 %3"_s.arg(m_name, suffix, image));
        QVERIFY2(run && run->exitStatus == 0,
                 run ? run->standardError.constData() : qPrintable(run.error().message));
    }
    QTRY_COMPARE_WITH_TIMEOUT(psql(u"SELECT 1;"_s), u"1"_s, 60000);
    QCOMPARE(psql(u"CREATE TABLE items (id int PRIMARY KEY, name text); INSERT INTO items "
                  u"SELECT g, 'item ' || g FROM generate_series(1, 250) g; SELECT count(*) "
                  u"FROM items;"_s),
             u"250"_s);
}

void TestBackupJobs::backUpNowUploadsAnEncryptedDump()
{
    BackupNowJob job(m_setup, m_connect);
    QSignalSpy progress(&job, &BackupJob::progressChanged);
    QString output;
    connect(&job, &BackupJob::outputReceived, this,
            [&output](const QString &text) { output += text; });
    job.start();
    QVERIFY(job.isRunning());
    QVERIFY(waitFor(&job));
    QVERIFY2(job.outcome() == BackupJob::Outcome::Success, qPrintable(describe(&job)));
    QVERIFY(!progress.isEmpty());
    QVERIFY2(output.contains(u"Backup complete."_s), qPrintable(output));
    // The log carries no secret: the passphrase and the S3 secret never appear.
    QVERIFY(!job.log().contains(Passphrase));
    QVERIFY(!job.log().contains(m_setup.s3SecretAccessKey));
    QVERIFY2(job.uploadedKey().startsWith(m_setup.s3Prefix + u"/app_production_"_s),
             qPrintable(job.uploadedKey()));
    QVERIFY(job.uploadedKey().endsWith(u".dump.gpg"_s));

    const auto backups = listBackups();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.constFirst().key, job.uploadedKey());
    QVERIFY(backups.constFirst().encrypted);
    QVERIFY(backups.constFirst().size > 0);
    m_firstKey = job.uploadedKey();
}

void TestBackupJobs::downloadDecryptsToAValidArchive()
{
    QVERIFY(!m_firstKey.isEmpty());
    const auto backups = listBackups();
    QVERIFY(!backups.isEmpty());
    std::unique_ptr<Cloud::S3Client> client(makeS3Client(&m_network, m_setup));
    const QString target = m_dir.filePath(u"app_production.dump"_s);
    DownloadJob job(client.get(), backups.constFirst(), target, Passphrase);
    QSignalSpy progress(&job, &DownloadJob::progressChanged);
    job.start();
    QVERIFY(waitFor(&job, 60000));
    QVERIFY2(job.outcome() == BackupJob::Outcome::Success, qPrintable(describe(&job)));
    QVERIFY(QFile::exists(target));
    QVERIFY(!QFile::exists(target + u".gpg.part"_s)); // the encrypted download is gone
    QVERIFY(!QFile::exists(target + u".part"_s));
    QCOMPARE(progress.constLast().at(0).toInt(), 100);

    QProcess pgRestore;
    pgRestore.start(u"pg_restore"_s, {u"--list"_s, target});
    QVERIFY(pgRestore.waitForFinished(30000));
    QCOMPARE(pgRestore.exitCode(), 0);
    const QString toc = QString::fromUtf8(pgRestore.readAllStandardOutput());
    QVERIFY2(toc.contains(u"TABLE DATA public items"_s), qPrintable(toc));
}

void TestBackupJobs::aWrongPassphraseSaysSo()
{
    const auto backups = listBackups();
    QVERIFY(!backups.isEmpty());
    std::unique_ptr<Cloud::S3Client> client(makeS3Client(&m_network, m_setup));
    const QString target = m_dir.filePath(u"wrong.dump"_s);
    DownloadJob job(client.get(), backups.constFirst(), target, u"not the passphrase"_s);
    job.start();
    QVERIFY(waitFor(&job, 60000));
    QCOMPARE(job.outcome(), BackupJob::Outcome::Failed);
    QCOMPARE(job.error().code, u"backup.decrypt-failed"_s);
    QVERIFY2(job.error().message.startsWith(u"The passphrase does not decrypt this backup."_s),
             qPrintable(describe(&job)));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + u".part"_s));
    QVERIFY(!QFile::exists(target + u".gpg.part"_s));
}

void TestBackupJobs::restoreBringsTheDataBackAfterASafetyBackup()
{
    const auto before = listBackups();
    QCOMPARE(before.size(), 1);
    // The data changes after the backup: rows deleted and changed.
    QCOMPARE(psql(u"DELETE FROM items WHERE id > 100; UPDATE items SET name = 'changed'; "
                  u"SELECT count(*) FROM items;"_s),
             u"100"_s);

    QCOMPARE(before.constFirst().key, m_firstKey);
    RestoreJob job(m_setup, before.constFirst(), m_connect, {m_name + u"-drill"_s});
    job.start();
    QVERIFY(waitFor(&job));
    QVERIFY2(job.outcome() == BackupJob::Outcome::Success,
             qPrintable(describe(&job) + u"\n"_s + job.log()));
    QCOMPARE(psql(u"SELECT count(*) FROM items;"_s), u"250"_s);
    QCOMPARE(psql(u"SELECT count(*) FROM items WHERE name = 'changed';"_s), u"0"_s);
    QCOMPARE(job.restored().totalRows(), 250);
    QCOMPARE(job.expected().totalRows(), 250);
    QVERIFY(job.summary().contains(job.safetyBackupKey()));

    // The safety backup holds the changed data and is in the bucket.
    QVERIFY(!job.safetyBackupKey().isEmpty());
    const auto after = listBackups();
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.constFirst().key, job.safetyBackupKey());
    QVERIFY(!job.log().contains(Passphrase));
    QVERIFY(!job.log().contains(DbPassword));
}

void TestBackupJobs::verifyDrillCountsAndLeavesNothingBehind()
{
    const auto backups = listBackups();
    QVERIFY(!backups.isEmpty());
    // The oldest backup (250 rows), not the safety one.
    VerifyJob job(m_setup, backups.constLast(), m_connect, {m_name + u"-drill"_s});
    job.start();
    QVERIFY(waitFor(&job));
    QVERIFY2(job.outcome() == BackupJob::Outcome::Success,
             qPrintable(describe(&job) + u"\n"_s + job.log()));
    QCOMPARE(job.counts().tables.size(), 1);
    QCOMPARE(job.counts().tables.constFirst().name, u"items"_s);
    QCOMPARE(job.counts().totalRows(), 250);
    QVERIFY(job.counts().schemas >= 1);
    auto left = remote(u"docker ps -a -q --filter name=%1-drill; docker network ls -q --filter "
                       u"name=%1-drill"_s.arg(m_name));
    QVERIFY(left);
    QCOMPARE(QString::fromUtf8(left->standardOutput).trimmed(), QString());
}

void TestBackupJobs::cancelledDrillLeavesNothingBehind()
{
    const auto backups = listBackups();
    QVERIFY(!backups.isEmpty());
    VerifyJob job(m_setup, backups.constLast(), m_connect, {m_name + u"-drill"_s});
    QSignalSpy progress(&job, &BackupJob::progressChanged);
    job.start();
    // Cancel once the throwaway container is being waited for.
    QTRY_VERIFY_WITH_TIMEOUT(job.log().contains(u"docker run --detach"_s), 60000);
    job.cancel();
    QVERIFY(waitFor(&job));
    QCOMPARE(job.outcome(), BackupJob::Outcome::Cancelled);
    auto left = remote(u"docker ps -a -q --filter name=%1-drill; docker network ls -q --filter "
                       u"name=%1-drill"_s.arg(m_name));
    QVERIFY(left);
    QCOMPARE(QString::fromUtf8(left->standardOutput).trimmed(), QString());
}

void TestBackupJobs::cleanupTestCase()
{
    if (!m_session || !m_started)
        return;
    // The S3 prefix first (from inside the backup container, which has the keys), then
    // only what this test created.
    (void)remote(u"docker exec %1-backup sh -c '. ./env.sh && aws $aws_args s3 rm --quiet "
                 u"--recursive \"s3://$S3_BUCKET/$S3_PREFIX/\"'"_s.arg(m_name));
    (void)remote(
        u"docker rm -f %1-db %1-backup; docker rm -f $(docker ps -a -q --filter "
        u"name=%1-drill) 2>/dev/null; docker network rm %1 $(docker network ls -q --filter "
        u"name=%1-drill) 2>/dev/null; rm -f /root/%1-db.env "
        u"/root/%1-backup.env"_s.arg(m_name));
    QCOMPARE(listBackups().size(), 0);
}

QTEST_GUILESS_MAIN(TestBackupJobs)
#include "tst_backupjobs.moc"
