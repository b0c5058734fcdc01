// Backups against the real test servers: a Postgres accessory and a postgres-backup-s3
// accessory on 10.98.0.11, backed up to MinIO with a passphrase, listed, downloaded and
// decrypted here, restored (with the safety backup first) and drilled in a throwaway
// container. Everything it creates is named bktest-<pid>… and removed at the end.
#include "BackupServer.h"

#include "cloud/S3Client.h"
#include "core/backup/BackupCatalog.h"
#include "core/backup/BackupSetup.h"
#include "core/config/YamlTree.h"
#include "engine/BackupJobs.h"
#include "engine/HostConnector.h"
#include "ssh/SshSession.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Engine;
using namespace Qt::StringLiterals;

namespace {

const QString Passphrase = BackupServer::passphrase();
const QString DbPassword = BackupServer::dbPassword();

// Local (Unix domain) sockets this process holds, on Linux: gpg's input is one, and must be
// closed when a download ends, however it ends. -1 where /proc does not tell.
int localSocketCount()
{
    QFile table(u"/proc/net/unix"_s);
    if (!table.open(QIODevice::ReadOnly))
        return -1;
    QSet<QString> inodes;
    for (const QByteArray &line : table.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 7)
            inodes.insert(QString::fromLatin1(fields.at(6)));
    }
    int count = 0;
    for (const QFileInfo &fd : QDir(u"/proc/self/fd"_s).entryInfoList(QDir::System)) {
        const QString target = fd.symLinkTarget().section(u'/', -1);
        if (target.startsWith(u"socket:["_s) && inodes.contains(target.mid(8).chopped(1)))
            ++count;
    }
    return count;
}

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
    void withoutGpgTheDownloadSaysWhatToInstall();
    void restoreBringsTheDataBackAfterASafetyBackup();
    void aRestoreThatFailsHalfwayIsReported();
    void verifyDrillCountsAndLeavesNothingBehind();
    void cancelledDrillLeavesNothingBehind();
    void aBackupUnderAnotherPassphraseFailsItsDrill();
    void cleanupTestCase();

private:
    QList<Backup::BackupEntry> listBackups();

    BackupServer m_server;
    Backup::BackupSetup m_setup;
    PlanRunner::Connector m_connect;
    QString m_name;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    QString m_firstKey;
};

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
    // The discovery in prepare() is the one the Backups page uses.
    const QString prepared = m_server.prepare(m_name);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    m_setup = m_server.setup;
    m_connect = m_server.connect;
    QCOMPARE(m_setup.containerName, m_name + u"-backup"_s);
    QCOMPARE(m_setup.postgresContainerName, m_name + u"-db"_s);
    QCOMPARE(m_setup.keepDays, u"7"_s);
    const QString booted = m_server.boot();
    QVERIFY2(booted.isEmpty(), qPrintable(booted));
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
    const int sockets = localSocketCount();
    DownloadJob job(client.get(), backups.constFirst(), target, Passphrase);
    QSignalSpy progress(&job, &DownloadJob::progressChanged);
    job.start();
    QVERIFY(waitFor(&job, 60000));
    QTRY_COMPARE(localSocketCount(), sockets); // gpg's input is closed
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
    const int sockets = localSocketCount();
    DownloadJob job(client.get(), backups.constFirst(), target, u"not the passphrase"_s);
    job.start();
    QVERIFY(waitFor(&job, 60000));
    QTRY_COMPARE(localSocketCount(), sockets); // gpg's input is closed
    QCOMPARE(job.outcome(), BackupJob::Outcome::Failed);
    QCOMPARE(job.error().code, u"backup.decrypt-failed"_s);
    QVERIFY2(job.error().message.startsWith(u"The passphrase does not decrypt this backup."_s),
             qPrintable(describe(&job)));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + u".part"_s));
    QVERIFY(!QFile::exists(target + u".gpg.part"_s));
}

// No gpg where it was looked for: a message naming what to install, nothing written, and the
// socket pair meant for gpg's input closed (the descriptors open before and after are the same).
void TestBackupJobs::withoutGpgTheDownloadSaysWhatToInstall()
{
    const auto backups = listBackups();
    QVERIFY(!backups.isEmpty());
    std::unique_ptr<Cloud::S3Client> client(makeS3Client(&m_network, m_setup));
    const QString target = m_dir.filePath(u"nogpg.dump"_s);
    const auto openDescriptors
        = [] { return QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System).size(); };
    const qsizetype before = openDescriptors();
    DownloadJob::setGpgProgram(m_dir.filePath(u"no-such-gpg"_s));
    {
        DownloadJob job(client.get(), backups.constFirst(), target, Passphrase);
        job.start();
        const bool done = waitFor(&job, 60000);
        DownloadJob::setGpgProgram(u"gpg"_s);
        QVERIFY(done);
        QCOMPARE(job.outcome(), BackupJob::Outcome::Failed);
        QCOMPARE(job.error().code, u"backup.no-gpg"_s);
        QVERIFY2(job.error().message.contains(u"Install GnuPG"_s), qPrintable(describe(&job)));
    }
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + u".part"_s));
    if (QDir(u"/proc/self/fd"_s).exists()) // once the QProcess left behind is deleted
        QTRY_COMPARE_WITH_TIMEOUT(openDescriptors(), before, 5000);
}

void TestBackupJobs::restoreBringsTheDataBackAfterASafetyBackup()
{
    const auto before = listBackups();
    QCOMPARE(before.size(), 1);
    // The data changes after the backup: rows deleted and changed.
    QCOMPARE(m_server.psql(u"DELETE FROM items WHERE id > 100; UPDATE items SET name = 'changed'; "
                           u"SELECT count(*) FROM items;"_s),
             u"100"_s);

    QCOMPARE(before.constFirst().key, m_firstKey);
    RestoreJob job(m_setup, before.constFirst(), m_connect, {m_name + u"-drill"_s});
    job.start();
    QVERIFY(waitFor(&job));
    QVERIFY2(job.outcome() == BackupJob::Outcome::Success,
             qPrintable(describe(&job) + u"\n"_s + job.log()));
    QCOMPARE(m_server.psql(u"SELECT count(*) FROM items;"_s), u"250"_s);
    QCOMPARE(m_server.psql(u"SELECT count(*) FROM items WHERE name = 'changed';"_s), u"0"_s);
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

void TestBackupJobs::aRestoreThatFailsHalfwayIsReported()
{
    // A view in another schema depends on `items`: pg_restore --clean cannot drop the table,
    // goes on with errors, and restore.sh still prints "Restore complete." and exits 0.
    QCOMPARE(m_server.psql(u"CREATE SCHEMA extra; CREATE VIEW extra.v AS SELECT * FROM items; "
                           u"DELETE FROM items WHERE id > 10; SELECT count(*) FROM items;"_s),
             u"10"_s);
    const auto backups = listBackups();
    RestoreJob job(m_setup, backups.constLast(), m_connect, {m_name + u"-drill"_s});
    job.start();
    QVERIFY(waitFor(&job));
    QCOMPARE(job.outcome(), BackupJob::Outcome::Failed);
    QCOMPARE(job.error().code, u"backup.restore-failed"_s);
    QVERIFY2(job.error().message.contains(job.safetyBackupKey()), qPrintable(describe(&job)));
    QVERIFY2(job.error().detail.contains(u"pg_restore: error"_s), qPrintable(describe(&job)));
    QVERIFY2(job.error().detail.contains(u"Table public.items has"_s), qPrintable(describe(&job)));
    QVERIFY(job.log().contains(u"Restore complete."_s)); // what the script claimed
    // What such a "complete" restore leaves: the primary key dropped, the table kept, and the
    // backup's 250 rows appended to the 10 left.
    QCOMPARE(m_server.psql(u"DROP SCHEMA extra CASCADE; SELECT count(*) FROM items;"_s), u"260"_s);
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
    QCOMPARE(m_server.drillLeftovers(), QString());
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
    QCOMPARE(m_server.drillLeftovers(), QString());
}

void TestBackupJobs::aBackupUnderAnotherPassphraseFailsItsDrill()
{
    // A backup taken before PASSPHRASE changed: the first backup's archive, encrypted here
    // with another passphrase (on gpg's stdin) and uploaded under a backup's name.
    const QString plain = m_dir.filePath(u"app_production.dump"_s);
    QVERIFY(QFile::exists(plain)); // from downloadDecryptsToAValidArchive
    const QString encrypted = m_dir.filePath(u"other.gpg"_s);
    QProcess gpg;
    gpg.start(u"gpg"_s,
              {u"--batch"_s, u"--yes"_s, u"--pinentry-mode"_s, u"loopback"_s,
               u"--no-symkey-cache"_s, u"--passphrase-fd"_s, u"0"_s, u"--symmetric"_s,
               u"--output"_s, encrypted, plain});
    QVERIFY(gpg.waitForStarted());
    gpg.write("an older passphrase\n");
    gpg.closeWriteChannel();
    QVERIFY(gpg.waitForFinished(30000));
    QCOMPARE(gpg.exitCode(), 0);
    QFile file(encrypted);
    QVERIFY(file.open(QIODevice::ReadOnly));
    std::unique_ptr<Cloud::S3Client> client(makeS3Client(&m_network, m_setup));
    const QString key = m_setup.s3Prefix + u"/app_production_2020-01-01T00:00:00.dump.gpg"_s;
    Cloud::S3PutJob *put = client->putObject(key, file.readAll());
    QSignalSpy putDone(put, &Cloud::S3Job::finished);
    QVERIFY(put->isFinished() || putDone.wait(30000));
    QVERIFY(put->succeeded());

    const auto backups = listBackups();
    QCOMPARE(backups.constLast().key, key); // the oldest
    VerifyJob job(m_setup, backups.constLast(), m_connect, {m_name + u"-drill"_s});
    job.start();
    QVERIFY(waitFor(&job));
    QCOMPARE(job.outcome(), BackupJob::Outcome::Failed);
    QCOMPARE(job.error().code, u"backup.decrypt-failed"_s);
    QVERIFY2(job.error().message.startsWith(
                 u"The backup could not be decrypted with the accessory's PASSPHRASE"_s),
             qPrintable(describe(&job)));
    QCOMPARE(m_server.drillLeftovers(), QString());

    // And a restore from it stops before touching the database.
    const QString before = m_server.psql(u"SELECT count(*) FROM items;"_s);
    RestoreJob restore(m_setup, backups.constLast(), m_connect, {m_name + u"-drill"_s});
    restore.start();
    QVERIFY(waitFor(&restore));
    QCOMPARE(restore.outcome(), BackupJob::Outcome::Failed);
    QVERIFY2(restore.error().message.startsWith(u"Nothing was restored: the backup failed its "
                                                u"restore drill."_s),
             qPrintable(describe(&restore)));
    QVERIFY(restore.safetyBackupKey().isEmpty());
    QCOMPARE(m_server.psql(u"SELECT count(*) FROM items;"_s), before);
}

void TestBackupJobs::cleanupTestCase()
{
    if (!m_server.booted)
        return;
    m_server.tearDown();
    QCOMPARE(listBackups().size(), 0);
}

QTEST_GUILESS_MAIN(TestBackupJobs)
#include "tst_backupjobs.moc"
