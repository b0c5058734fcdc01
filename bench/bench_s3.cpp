// S3 and backup figures against the test environment's MinIO: listing 10,000 objects, and a
// backup's download + local decrypt against plain `gpg --decrypt` of the same file.
#include "cloud/S3Client.h"
#include "engine/BackupJobs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <algorithm>

using namespace Berth;

namespace {

template<typename Job>
void wait(Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
}

// gpg with the passphrase on a pipe, as Berth runs it; `input` follows the passphrase line on
// the same pipe (gpg then decrypts what it reads there).
bool gpg(const QStringList &args, const QByteArray &passphrase, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral("gpg"),
                  QStringList {QStringLiteral("--batch"), QStringLiteral("--yes"),
                               QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"),
                               QStringLiteral("--passphrase-fd"), QStringLiteral("0")}
                      + args);
    process.write(passphrase + '\n');
    process.write(input);
    process.closeWriteChannel();
    return process.waitForFinished(120000) && process.exitCode() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("berth.*.debug=false"));
    QTextStream out(stdout);
    if (qEnvironmentVariable("BERTH_TEST_S3_ENDPOINT").isEmpty()) {
        out << "bench_s3: the test environment is not up\n";
        return 0;
    }
    QNetworkAccessManager network;
    Cloud::S3Location location;
    location.endpoint = QUrl(qEnvironmentVariable("BERTH_TEST_S3_ENDPOINT"));
    location.region = qEnvironmentVariable("BERTH_TEST_S3_REGION");
    location.bucket = qEnvironmentVariable("BERTH_TEST_S3_BUCKET");
    Cloud::S3Credentials credentials;
    credentials.accessKeyId = qEnvironmentVariable("BERTH_TEST_S3_ACCESS_KEY");
    credentials.secretAccessKey = qEnvironmentVariable("BERTH_TEST_S3_SECRET_KEY");
    Cloud::S3Client client(&network, location, credentials);
    const QString prefix = QStringLiteral("bench-%1/").arg(QCoreApplication::applicationPid());

    // `bench_s3 decrypt` measures only the download + decrypt.
    const bool decryptOnly = app.arguments().contains(QStringLiteral("decrypt"));
    constexpr int count = 10000;
    QElapsedTimer timer;
    timer.start();
    if (!decryptOnly) {
        for (int batch = 0; batch < count; batch += 500) {
            QList<Cloud::S3PutJob *> puts;
            for (int i = batch; i < batch + 500; ++i)
                puts.append(client.putObject(
                    prefix + QStringLiteral("many/app_%1.dump").arg(i, 5, 10, QLatin1Char('0')),
                    "x"));
            for (Cloud::S3PutJob *job : std::as_const(puts)) {
                wait(job);
                job->deleteLater();
            }
        }
        const qint64 putMs = timer.elapsed();
        timer.restart();
        Cloud::S3ListJob *list = client.listObjects(prefix + QStringLiteral("many/"));
        wait(list);
        const qint64 listMs = timer.elapsed();
        out << QStringLiteral("list %1 objects: %2 ms (%3 pages; uploading them took %4 ms)\n")
                   .arg(list->objects().size())
                   .arg(listMs)
                   .arg(list->pages())
                   .arg(putMs);
    }

    // 64 MiB of random data, encrypted as the backup image does (gpg --symmetric).
    QTemporaryDir dir;
    QByteArray data(qsizetype(64) * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()),
                                          data.size() / 4);
    QFile plain(dir.filePath(QStringLiteral("app.dump")));
    if (!plain.open(QIODevice::WriteOnly) || plain.write(data) != data.size())
        return 1;
    plain.close();
    const QByteArray passphrase = "bench passphrase";
    const QString encrypted = dir.filePath(QStringLiteral("app.dump.gpg"));
    if (!gpg({QStringLiteral("--symmetric"), QStringLiteral("-o"), encrypted, plain.fileName()},
             passphrase))
        return 1;
    QFile encryptedFile(encrypted);
    if (!encryptedFile.open(QIODevice::ReadOnly))
        return 1;
    const QString key = prefix + QStringLiteral("app_2024-01-01T00:00:00.dump.gpg");
    const QByteArray encryptedBytes = encryptedFile.readAll();
    Cloud::S3PutJob *put = client.putObject(key, encryptedBytes);
    wait(put);

    Backup::BackupEntry entry;
    entry.key = key;
    entry.database = QStringLiteral("app");
    entry.size = encryptedFile.size();
    entry.encrypted = true;
    // Each side seven times, alternating, so the figures do not depend on which one found the
    // page cache warm; the median and the best of each, as a shared machine's noise is large.
    constexpr int rounds = 7;
    QList<qint64> berthTimes;
    QList<qint64> gpgTimes;
    QList<qint64> pipeTimes;
    for (int round = 0; round < rounds; ++round) {
        timer.restart();
        Engine::DownloadJob download(&client, entry,
                                     dir.filePath(QStringLiteral("downloaded.dump")),
                                     QString::fromUtf8(passphrase));
        QEventLoop loop;
        QObject::connect(&download, &Engine::DownloadJob::finished, &loop, &QEventLoop::quit);
        download.start();
        loop.exec();
        berthTimes.append(timer.elapsed());
        if (download.outcome() != Engine::BackupJob::Outcome::Success) {
            out << QStringLiteral("download + decrypt failed: %1 (%2)\n")
                       .arg(download.error().message, download.error().detail);
            return 1;
        }
        timer.restart();
        if (!gpg({QStringLiteral("--decrypt"), QStringLiteral("-o"),
                  dir.filePath(QStringLiteral("gpg.dump")), encrypted},
                 passphrase))
            return 1;
        gpgTimes.append(timer.elapsed());
        timer.restart();
        // The same bytes from QProcess's pipe, fed from memory: what a pipe costs gpg itself,
        // without any network or Berth code (Berth gives gpg a socket instead, ProcessInput).
        if (!gpg({QStringLiteral("--no-symkey-cache"), QStringLiteral("--output"),
                  dir.filePath(QStringLiteral("piped.dump")), QStringLiteral("--decrypt")},
                 passphrase, encryptedBytes))
            return 1;
        pipeTimes.append(timer.elapsed());
    }
    std::sort(berthTimes.begin(), berthTimes.end());
    std::sort(gpgTimes.begin(), gpgTimes.end());
    std::sort(pipeTimes.begin(), pipeTimes.end());
    const qint64 berthMs = berthTimes.at(rounds / 2);
    const qint64 gpgMs = gpgTimes.at(rounds / 2);
    QFile result(dir.filePath(QStringLiteral("downloaded.dump")));
    const bool same = result.open(QIODevice::ReadOnly) && result.readAll() == data;
    const auto percent = [](qint64 ours, qint64 theirs) {
        return QString::asprintf("%+.0f %%", 100.0 * double(ours - theirs) / double(theirs));
    };
    out << QStringLiteral("64 MiB backup, median of %1: download + decrypt %2 ms (%3 MB/s), gpg "
                          "--decrypt of the local file %4 ms (%5); best: %6 ms vs %7 ms (%8); "
                          "identical: %9\n")
               .arg(rounds)
               .arg(berthMs)
               .arg(64.0 * 1.048576 / (double(berthMs) / 1000.0), 0, 'f', 0)
               .arg(gpgMs)
               .arg(percent(berthMs, gpgMs))
               .arg(berthTimes.constFirst())
               .arg(gpgTimes.constFirst())
               .arg(percent(berthTimes.constFirst(), gpgTimes.constFirst()))
               .arg(same ? QStringLiteral("yes") : QStringLiteral("NO"));
    out << QStringLiteral("  gpg --decrypt of the same bytes from QProcess's pipe (median): %1 ms "
                          "(%2 against the file): why Berth feeds gpg through a socket\n")
               .arg(pipeTimes.at(rounds / 2))
               .arg(percent(pipeTimes.at(rounds / 2), gpgMs));

    QProcess::execute(QStringLiteral("aws"),
                      {QStringLiteral("--endpoint-url"), location.endpoint.toString(),
                       QStringLiteral("s3"), QStringLiteral("rm"), QStringLiteral("--recursive"),
                       QStringLiteral("--quiet"),
                       QStringLiteral("s3://%1/%2").arg(location.bucket, prefix)});
    return same ? 0 : 1;
}
