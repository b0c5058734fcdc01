// berth_cloud's S3 client against the real MinIO of the test environment, which checks SigV4
// signatures like AWS does. Everything is written under a prefix unique to this run and removed
// at the end.
#include "TestEnv.h"
#include "cloud/S3Client.h"
#include "core/backup/BackupCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>

using namespace Berth;
using namespace Berth::Cloud;
using namespace std::chrono_literals;

namespace {

S3Location testLocation()
{
    S3Location location;
    location.endpoint = QUrl(TestEnv::value("BERTH_TEST_S3_ENDPOINT"));
    location.region = TestEnv::value("BERTH_TEST_S3_REGION");
    location.bucket = TestEnv::value("BERTH_TEST_S3_BUCKET");
    return location;
}

S3Credentials testCredentials()
{
    return {
        TestEnv::value("BERTH_TEST_S3_ACCESS_KEY"), TestEnv::value("BERTH_TEST_S3_SECRET_KEY"), {}};
}

// Waits for a job without a nested event loop of our own: QSignalSpy::wait is the test harness's.
bool waitFor(S3Job *job, int timeoutMs = 30000)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &S3Job::finished);
    return spy.wait(timeoutMs);
}

QString describe(const S3Job *job)
{
    if (!job->isFinished())
        return QStringLiteral("not finished");
    if (job->succeeded())
        return QStringLiteral("succeeded");
    return job->error().code + QStringLiteral(": ") + job->error().message + QStringLiteral(" [")
        + job->error().detail + QLatin1Char(']');
}

// The aws CLI with the test environment's keys; exit code.
int aws(const QStringList &args, QByteArray *output = nullptr)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), TestEnv::value("BERTH_TEST_S3_ACCESS_KEY"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), TestEnv::value("BERTH_TEST_S3_SECRET_KEY"));
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), TestEnv::value("BERTH_TEST_S3_REGION"));
    process.setProcessEnvironment(env);
    process.start(
        QStringLiteral("aws"),
        QStringList {QStringLiteral("--endpoint-url"), TestEnv::value("BERTH_TEST_S3_ENDPOINT")}
            + args);
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000))
        return -1;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestS3Client : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<S3Client> m_client;
    QString m_prefix; // "berth-test-<pid>-<random>/"

    QString key(const QString &name) const { return m_prefix + name; }

    void put(const QString &name, const QByteArray &data)
    {
        S3PutJob *job = m_client->putObject(key(name), data);
        QVERIFY(waitFor(job));
        QVERIFY2(job->succeeded(), qPrintable(describe(job)));
        job->deleteLater();
    }

    std::unique_ptr<S3Client> clientWith(S3Location location, S3Credentials credentials,
                                         S3Options options = {})
    {
        return std::make_unique<S3Client>(&m_network, std::move(location), std::move(credentials),
                                          options);
    }

    // Expects a listing with `client` to fail with `code`; returns the error.
    static Error listFails(S3Client &client, const QString &code, int timeoutMs = 30000)
    {
        S3ListJob *job = client.listObjects(QStringLiteral("berth-test-none/"));
        if (!waitFor(job, timeoutMs))
            return {QStringLiteral("test.timeout"), QStringLiteral("no answer"), {}};
        if (job->succeeded())
            return {QStringLiteral("test.succeeded"), QStringLiteral("listing succeeded"), {}};
        const Error error = job->error();
        if (error.code != code)
            qWarning() << "unexpected" << error.code << error.message << error.detail;
        return error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_TESTENV();
        // The aws CLI writes one object (interoperability) and removes this run's prefix.
        if (QStandardPaths::findExecutable(QStringLiteral("aws")).isEmpty())
            QSKIP("the aws CLI is not installed");
        m_client = clientWith(testLocation(), testCredentials());
        m_prefix = QStringLiteral("berth-test-%1-%2/")
                       .arg(QCoreApplication::applicationPid())
                       .arg(QRandomGenerator::global()->generate() % 100000);
    }

    void cleanupTestCase()
    {
        if (m_prefix.isEmpty())
            return;
        const QString uri
            = QStringLiteral("s3://%1/%2").arg(TestEnv::value("BERTH_TEST_S3_BUCKET"), m_prefix);
        QCOMPARE(aws({QStringLiteral("s3"), QStringLiteral("rm"), QStringLiteral("--recursive"),
                      QStringLiteral("--quiet"), uri}),
                 0);
        S3ListJob *job = m_client->listObjects(m_prefix);
        QVERIFY(waitFor(job));
        QVERIFY(job->succeeded());
        QCOMPARE(job->objects().size(), 0);
    }

    void listsMoreThanOnePageOfObjects()
    {
        // 2,500 backups of two databases whose names share a prefix (app, app2), uploaded
        // concurrently through the same client.
        constexpr int count = 2500;
        const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
        const auto nameOf = [&start](int i) -> QString {
            return QStringLiteral("many/%1_%2.dump")
                .arg(i % 5 == 0 ? QStringLiteral("app2") : QStringLiteral("app"),
                     start.addSecs(i).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")));
        };
        QElapsedTimer timer;
        timer.start();
        QList<S3PutJob *> puts;
        for (int i = 0; i < count; ++i)
            puts.append(m_client->putObject(key(nameOf(i)), QByteArray::number(i)));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(puts.cbegin(), puts.cend(),
                                             [](const S3PutJob *job) { return job->isFinished(); }),
                                 180000);
        for (S3PutJob *job : std::as_const(puts)) {
            QVERIFY2(job->succeeded(), qPrintable(describe(job)));
            job->deleteLater();
        }
        qInfo("put %d objects in %lld ms", count, timer.elapsed());

        timer.restart();
        S3ListJob *list = m_client->listObjects(key(QStringLiteral("many/")));
        QSignalSpy pages(list, &S3ListJob::pageReceived);
        QVERIFY(waitFor(list));
        QVERIFY2(list->succeeded(), qPrintable(describe(list)));
        qInfo("listed %lld objects in %d pages in %lld ms", list->objects().size(), list->pages(),
              timer.elapsed());
        QCOMPARE(list->objects().size(), count);
        QCOMPARE(list->pages(), 3); // 1,000 per page is S3's maximum
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages.at(0).at(0).toInt(), 1000);
        QSet<QString> keys;
        QList<Backup::StoredObject> stored;
        for (const S3Object &object : list->objects()) {
            keys.insert(object.key);
            QVERIFY(object.lastModified.isValid());
            QCOMPARE(object.lastModified.timeSpec(), Qt::UTC);
            QVERIFY(object.size >= 1 && object.size <= 4);
            stored.append({object.key, object.size, object.lastModified});
        }
        QCOMPARE(keys.size(), count);
        QVERIFY(keys.contains(key(nameOf(count - 1))));
        // The catalog tells `app` from `app2` although one name starts the other.
        const Backup::BackupCatalog catalog(stored, key(QStringLiteral("many")));
        QCOMPARE(catalog.backups(QStringLiteral("app")).size(), count - count / 5);
        QCOMPARE(catalog.backups(QStringLiteral("app2")).size(), count / 5);

        // Smaller pages: the continuation token is followed until the end.
        S3ListJob *small
            = m_client->listObjects(key(QStringLiteral("many/app_2024-01-01T00:00:0")), 3);
        QVERIFY(waitFor(small));
        QVERIFY2(small->succeeded(), qPrintable(describe(small)));
        QCOMPARE(small->objects().size(), 8); // seconds 1-9 without 5
        QCOMPARE(small->pages(), 3);
    }

    void readsKeysTheAwsCliWrote()
    {
        // Spaces, '+', ':' and non-ASCII must survive signing, the URL and encoding-type=url.
        const QString odd = key(QStringLiteral("odd/my db+x_2024-01-27T03:00:00 é.dump"));
        QTemporaryDir dir;
        const QString local = dir.filePath(QStringLiteral("payload"));
        QFile file(local);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("written by the aws cli\n");
        file.close();
        QCOMPARE(aws({QStringLiteral("s3api"), QStringLiteral("put-object"),
                      QStringLiteral("--bucket"), TestEnv::value("BERTH_TEST_S3_BUCKET"),
                      QStringLiteral("--key"), odd, QStringLiteral("--body"), local},
                     nullptr),
                 0);
        S3ListJob *list = m_client->listObjects(key(QStringLiteral("odd/")));
        QVERIFY(waitFor(list));
        QVERIFY2(list->succeeded(), qPrintable(describe(list)));
        QCOMPARE(list->objects().size(), 1);
        QCOMPARE(list->objects().constFirst().key, odd);
        QCOMPARE(list->objects().constFirst().size, 23);

        S3HeadJob *head = m_client->headObject(odd);
        QVERIFY(waitFor(head));
        QVERIFY2(head->succeeded(), qPrintable(describe(head)));
        QCOMPARE(head->info().size, 23);

        const QString target = dir.filePath(QStringLiteral("copy"));
        S3DownloadJob *download = m_client->download(odd, target);
        QVERIFY(waitFor(download));
        QVERIFY2(download->succeeded(), qPrintable(describe(download)));
        QFile copy(target);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), QByteArray("written by the aws cli\n"));
    }

    void headReportsSizeTimeAndETag()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-120);
        put(QStringLiteral("head/app_2026-11-26T03:00:00.dump"), QByteArray(12345, 'x'));
        S3HeadJob *head
            = m_client->headObject(key(QStringLiteral("head/app_2026-11-26T03:00:00.dump")));
        QVERIFY(waitFor(head));
        QVERIFY2(head->succeeded(), qPrintable(describe(head)));
        QCOMPARE(head->info().size, 12345);
        QVERIFY(head->info().lastModified >= before);
        QVERIFY(head->info().lastModified <= QDateTime::currentDateTimeUtc().addSecs(120));
        QVERIFY(!head->info().etag.isEmpty());
    }

    void downloadsWithProgressIntoTheTargetOnly()
    {
        QByteArray data(8 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = static_cast<char>((i * 7 + i / 4096) & 0xFF);
        put(QStringLiteral("big/app_2026-11-26T04:00:00.dump"), data);

        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("app.dump"));
        S3DownloadJob *download
            = m_client->download(key(QStringLiteral("big/app_2026-11-26T04:00:00.dump")), target);
        QSignalSpy progress(download, &S3DownloadJob::progressChanged);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(waitFor(download));
        QVERIFY2(download->succeeded(), qPrintable(describe(download)));
        qInfo("downloaded 8 MiB in %lld ms with %lld progress signals", timer.elapsed(),
              progress.size());
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.constLast().at(0).toLongLong(), data.size());
        QCOMPARE(progress.constLast().at(1).toLongLong(), data.size());
        QCOMPARE(download->bytesReceived(), data.size());
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == data);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList {QStringLiteral("app.dump")});
    }

    // Into a process that does not read for a while (as gpg, busy decrypting): the download
    // waits for it instead of piling the object up in memory, and every byte arrives.
    void downloadsIntoASlowProcessWithBoundedMemory()
    {
        QByteArray data(24 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = static_cast<char>((i * 13 + i / 8192) & 0xFF);
        put(QStringLiteral("big/app_2026-11-26T06:00:00.dump"), data);

        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("app.dump"));
        QProcess slow;
        slow.setProgram(QStringLiteral("sh"));
        slow.setArguments({QStringLiteral("-c"), QStringLiteral("sleep 1; cat > \"$0\""), target});
        slow.start();
        QVERIFY(slow.waitForStarted());
        S3DownloadJob *download
            = m_client->download(key(QStringLiteral("big/app_2026-11-26T06:00:00.dump")), &slow);
        qint64 mostUnwritten = 0;
        connect(download, &S3DownloadJob::progressChanged, this,
                [&slow, &mostUnwritten](qint64, qint64) {
                    mostUnwritten = std::max(mostUnwritten, slow.bytesToWrite());
                });
        QVERIFY(waitFor(download));
        QVERIFY2(download->succeeded(), qPrintable(describe(download)));
        QCOMPARE(download->bytesReceived(), data.size());
        QVERIFY(download->filePath().isEmpty());
        slow.closeWriteChannel();
        QVERIFY(slow.waitForFinished(30000));
        QCOMPARE(slow.exitCode(), 0);
        qInfo("24 MiB into a process that waited 1 s: at most %lld bytes held for it",
              mostUnwritten);
        // 4 MiB of backlog, plus what the network buffer holds when the reply ends: bounded,
        // whatever the object's size (it would be all 24 MiB without the pause).
        QVERIFY2(mostUnwritten <= qint64(8) * 1024 * 1024,
                 qPrintable(QString::number(mostUnwritten)));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == data);
    }

    void cancellingADownloadLeavesNothingBehind()
    {
        put(QStringLiteral("big/app_2026-11-26T05:00:00.dump"), QByteArray(48 * 1024 * 1024, 'b'));
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("app.dump"));
        S3DownloadJob *download
            = m_client->download(key(QStringLiteral("big/app_2026-11-26T05:00:00.dump")), target);
        qint64 cancelledAt = -1;
        connect(download, &S3DownloadJob::progressChanged, this,
                [download, &cancelledAt](qint64 received, qint64 total) {
                    if (cancelledAt < 0 && received > 0 && received < total) {
                        cancelledAt = received;
                        download->cancel();
                    }
                });
        QVERIFY(waitFor(download));
        QVERIFY2(cancelledAt > 0, "the download finished before it could be cancelled");
        qInfo("cancelled after %lld of %d bytes", cancelledAt, 48 * 1024 * 1024);
        QVERIFY(!download->succeeded());
        QCOMPARE(download->error().code, QStringLiteral("s3.cancelled"));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        download->cancel(); // harmless once finished
    }

    void aFailedDownloadKeepsTheExistingFile()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("app.dump"));
        QFile existing(target);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous download");
        existing.close();
        S3DownloadJob *download = m_client->download(key(QStringLiteral("no/such.dump")), target);
        QVERIFY(waitFor(download));
        QVERIFY(!download->succeeded());
        QCOMPARE(download->error().code, QStringLiteral("s3.no-key"));
        QVERIFY(download->error().message.contains(QLatin1String("no/such.dump")));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("previous download"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList {QStringLiteral("app.dump")});
    }

    void aMissingObjectIsNamed()
    {
        S3HeadJob *head = m_client->headObject(key(QStringLiteral("no/such.dump")));
        QVERIFY(waitFor(head));
        QVERIFY(!head->succeeded());
        QCOMPARE(head->error().code, QStringLiteral("s3.no-key"));
    }

    void aWrongSecretKeySaysCheckTheKeysAndTheClock()
    {
        const QString wrongSecret = QStringLiteral("not-the-secret-0123456789abcdefghijklmn");
        auto client = clientWith(testLocation(),
                                 {TestEnv::value("BERTH_TEST_S3_ACCESS_KEY"), wrongSecret, {}});
        const Error error = listFails(*client, QStringLiteral("s3.signature"));
        QCOMPARE(error.code, QStringLiteral("s3.signature"));
        QVERIFY(error.message.contains(client->endpointName()));
        QVERIFY(error.message.contains(TestEnv::value("BERTH_TEST_S3_BUCKET")));
        QVERIFY(error.message.contains(QLatin1String("clock")));
        QVERIFY(error.message.contains(QLatin1String("S3_SECRET_ACCESS_KEY")));
        for (const QString &text : {error.message, error.detail}) {
            QVERIFY(!text.contains(wrongSecret));
            QVERIFY(!text.contains(TestEnv::value("BERTH_TEST_S3_SECRET_KEY")));
            QVERIFY(!text.contains(TestEnv::value("BERTH_TEST_S3_ACCESS_KEY")));
        }
        // HEAD has no error body: a 403 still gets a useful message.
        S3HeadJob *head = client->headObject(key(QStringLiteral("x")));
        QVERIFY(waitFor(head));
        QCOMPARE(head->error().code, QStringLiteral("s3.access-denied"));
        QVERIFY(head->error().message.contains(QLatin1String("clock")));
    }

    void anUnknownAccessKeyIsNamed()
    {
        auto client = clientWith(
            testLocation(),
            {QStringLiteral("BERTHNOSUCHKEY"), TestEnv::value("BERTH_TEST_S3_SECRET_KEY"), {}});
        const Error error = listFails(*client, QStringLiteral("s3.access-key"));
        QCOMPARE(error.code, QStringLiteral("s3.access-key"));
        QVERIFY(error.message.contains(QLatin1String("S3_ACCESS_KEY_ID")));
    }

    void aMissingBucketIsNamed()
    {
        S3Location location = testLocation();
        location.bucket = QStringLiteral("berth-no-such-bucket");
        auto client = clientWith(location, testCredentials());
        const Error error = listFails(*client, QStringLiteral("s3.no-bucket"));
        QCOMPARE(error.code, QStringLiteral("s3.no-bucket"));
        QVERIFY(error.message.contains(QLatin1String("berth-no-such-bucket")));
        QVERIFY(error.message.contains(client->endpointName()));
    }

    void aWrongClockIsNamed()
    {
        S3Options options;
        options.clockOffset = -2h;
        auto client = clientWith(testLocation(), testCredentials(), options);
        const Error error = listFails(*client, QStringLiteral("s3.clock"));
        QCOMPARE(error.code, QStringLiteral("s3.clock"));
        QVERIFY2(error.message.contains(QLatin1String("120 minute")), qPrintable(error.message));
    }

    void aWrongRegionNamesTheRightOne()
    {
        S3Location location = testLocation();
        location.region = QStringLiteral("eu-central-1");
        auto client = clientWith(location, testCredentials());
        const Error error = listFails(*client, QStringLiteral("s3.region"));
        QCOMPARE(error.code, QStringLiteral("s3.region"));
        QVERIFY2(error.message.contains(TestEnv::value("BERTH_TEST_S3_REGION")),
                 qPrintable(error.message));
    }

    void anUnreachableEndpointIsNamed()
    {
        S3Location location = testLocation();
        location.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
        auto client = clientWith(location, testCredentials());
        QElapsedTimer timer;
        timer.start();
        const Error error = listFails(*client, QStringLiteral("s3.refused"));
        QCOMPARE(error.code, QStringLiteral("s3.refused"));
        QVERIFY(error.message.contains(QLatin1String("127.0.0.1:9")));
        QVERIFY(timer.elapsed() < 5000);
    }

    void anUnknownHostIsADnsProblem()
    {
        S3Location location = testLocation();
        location.endpoint = QUrl(QStringLiteral("http://berth-no-such-host.invalid:9000"));
        auto client = clientWith(location, testCredentials());
        const Error error = listFails(*client, QStringLiteral("s3.dns"));
        QCOMPARE(error.code, QStringLiteral("s3.dns"));
        QVERIFY(error.message.contains(QLatin1String("berth-no-such-host.invalid")));
    }

    void httpsToAPlainHttpPortIsATlsProblem()
    {
        S3Location location = testLocation();
        QUrl endpoint = location.endpoint;
        endpoint.setScheme(QStringLiteral("https"));
        location.endpoint = endpoint;
        auto client = clientWith(location, testCredentials());
        const Error error = listFails(*client, QStringLiteral("s3.tls"));
        QCOMPARE(error.code, QStringLiteral("s3.tls"));
        QVERIFY(error.message.contains(client->endpointName()));
    }

    void aSilentServerTimesOut()
    {
        // Accepts the connection, never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        S3Location location = testLocation();
        location.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        S3Options options;
        options.transferTimeout = 700ms;
        auto client = clientWith(location, testCredentials(), options);
        QElapsedTimer timer;
        timer.start();
        const Error error = listFails(*client, QStringLiteral("s3.timeout"), 10000);
        QCOMPARE(error.code, QStringLiteral("s3.timeout"));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(error.message.contains(QLatin1String("1 second")));
    }

    void aDownloadThatStallsTimesOutAndLeavesNothing()
    {
        // Answers 200, sends a little of the body, then goes silent.
        QTcpServer stalling;
        QVERIFY(stalling.listen(QHostAddress::LocalHost));
        connect(&stalling, &QTcpServer::newConnection, this, [&stalling] {
            QTcpSocket *socket = stalling.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
                socket->write(QByteArray(1000, 'x'));
            });
        });
        S3Location location = testLocation();
        location.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(stalling.serverPort()));
        S3Options options;
        options.transferTimeout = 700ms;
        auto client = clientWith(location, testCredentials(), options);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("app.dump"));
        S3DownloadJob *download = client->download(QStringLiteral("backup/app.dump"), target);
        QSignalSpy progress(download, &S3DownloadJob::progressChanged);
        QVERIFY(waitFor(download, 10000));
        QCOMPARE(download->error().code, QStringLiteral("s3.timeout"));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constFirst().at(1).toLongLong(), 100000);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void cancellingAListingFinishesIt()
    {
        S3ListJob *list = m_client->listObjects(key(QStringLiteral("many/")));
        list->cancel();
        QVERIFY(waitFor(list));
        QCOMPARE(list->error().code, QStringLiteral("s3.cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestS3Client)
#include "tst_s3client.moc"
