#pragma once

#include "cloud/S3Errors.h"
#include "cloud/S3Types.h"
#include "cloud/SigV4.h"
#include "core/Result.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSaveFile;

namespace Berth::Cloud {

class S3Client;

// One S3 operation in flight. Lives on the thread of its S3Client (the GUI thread); every step is
// driven by QNetworkReply signals, so nothing blocks and no event loop is nested. `finished()` is
// emitted exactly once, always from the event loop (never from inside the call that created the
// job), so connecting right after the call is safe. The job is a child of its client; delete it
// (deleteLater) when done with it, or let the client delete it.
class S3Job : public QObject
{
    Q_OBJECT

public:
    ~S3Job() override;

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool succeeded() const { return m_finished && !m_error.has_value(); }
    // Valid once finished() came and succeeded() is false.
    [[nodiscard]] const Error &error() const { return *m_error; }

    // Stops the operation; it finishes with the "s3.cancelled" error (a download leaves no
    // file). No effect once finished.
    void cancel();

Q_SIGNALS:
    void finished();

protected:
    explicit S3Job(S3Client *client);

    // Sends a signed request and routes its reply to onReply(); returns the reply.
    QNetworkReply *send(const QByteArray &method, const QString &key,
                        const QList<SigV4Signer::Pair> &query,
                        const QList<SigV4Signer::Pair> &extraHeaders = {},
                        const QByteArray &body = {});
    virtual void onReply(QNetworkReply *reply) = 0;
    // The failure the reply describes, translated; empty when it succeeded (HTTP 2xx).
    [[nodiscard]] std::optional<Error> failureOf(QNetworkReply *reply, const QString &key,
                                                 const QByteArray &errorBody) const;
    void finishWith(std::optional<Error> error);
    void finishLater(Error error);

    S3Client *m_client;
    QPointer<QNetworkReply> m_reply;
    bool m_cancelled = false;

private:
    bool m_finished = false;
    std::optional<Error> m_error;
};

// ListObjectsV2 under a prefix, following continuation tokens until every page is in.
class S3ListJob : public S3Job
{
    Q_OBJECT

public:
    [[nodiscard]] const QList<S3Object> &objects() const { return m_objects; }
    [[nodiscard]] int pages() const { return m_pages; }

Q_SIGNALS:
    void pageReceived(int objectsSoFar);

private:
    friend class S3Client;
    S3ListJob(S3Client *client, QString prefix, int maxKeys);
    void requestPage();
    void onReply(QNetworkReply *reply) override;

    QString m_prefix;
    int m_maxKeys;
    QString m_continuationToken;
    QList<S3Object> m_objects;
    int m_pages = 0;
};

// HEAD of one object: size, time, ETag, content type.
class S3HeadJob : public S3Job
{
    Q_OBJECT

public:
    [[nodiscard]] const S3ObjectInfo &info() const { return m_info; }

private:
    friend class S3Client;
    S3HeadJob(S3Client *client, QString key);
    void onReply(QNetworkReply *reply) override;

    S3ObjectInfo m_info;
};

// Streams one object into a file or into a device. Into a file: bytes go to a temporary file
// next to the target (QSaveFile) that is renamed over it only when the whole object arrived;
// a cancelled or failed download leaves nothing behind and an existing file untouched. Into a
// device (a decrypting process's input): bytes are written as they arrive, and reading pauses
// while the device holds more than a few MiB it has not written yet, so memory stays bounded
// when the device is slower than the network.
class S3DownloadJob : public S3Job
{
    Q_OBJECT

public:
    ~S3DownloadJob() override;
    [[nodiscard]] QString filePath() const { return m_filePath; } // empty for a device
    [[nodiscard]] qint64 bytesReceived() const { return m_received; }

Q_SIGNALS:
    // `total` is -1 while unknown.
    void progressChanged(qint64 received, qint64 total);

private:
    friend class S3Client;
    S3DownloadJob(S3Client *client, QString key, QString filePath);
    S3DownloadJob(S3Client *client, QString key, QIODevice *sink);
    void start();
    // Reads what the reply holds, as far as a device sink takes it now.
    void readFrom(QNetworkReply *reply);
    [[nodiscard]] bool deliver(const QByteArray &chunk);
    void onReply(QNetworkReply *reply) override;

    QString m_key;
    QString m_filePath;
    std::unique_ptr<QSaveFile> m_file;
    QPointer<QIODevice> m_sink;
    std::optional<bool> m_statusOk; // known after the first bytes
    QByteArray m_errorBody;
    std::optional<Error> m_writeError;
    qint64 m_received = 0;
};

// PUT of a small in-memory object (tests, markers); large uploads are not this class's job.
class S3PutJob : public S3Job
{
    Q_OBJECT

private:
    friend class S3Client;
    S3PutJob(S3Client *client, const QString &key, const QByteArray &data);
    void onReply(QNetworkReply *reply) override;

    QString m_key;
};

// A small S3 client: SigV4-signed requests over a QNetworkAccessManager the caller owns (one per
// thread; it must outlive the client). For the GUI thread; every call returns at once with a job
// whose finished() signal reports the outcome. Credentials are held in memory only and never
// appear in an error, a log line or a URL.
class S3Client : public QObject
{
    Q_OBJECT

public:
    S3Client(QNetworkAccessManager *network, S3Location location, S3Credentials credentials,
             S3Options options = {}, QObject *parent = nullptr);
    ~S3Client() override;

    [[nodiscard]] S3ListJob *listObjects(const QString &prefix, int maxKeys = 0);
    [[nodiscard]] S3HeadJob *headObject(const QString &key);
    [[nodiscard]] S3DownloadJob *download(const QString &key, const QString &filePath);
    // Into `sink`, which must outlive the job (see S3DownloadJob).
    [[nodiscard]] S3DownloadJob *download(const QString &key, QIODevice *sink);
    [[nodiscard]] S3PutJob *putObject(const QString &key, const QByteArray &data);

    // "10.98.0.1:9000" or "s3.eu-west-1.amazonaws.com": how messages name the store.
    [[nodiscard]] QString endpointName() const;
    [[nodiscard]] const S3Location &location() const { return m_location; }
    // The URL a request for `key` goes to (no query): for display and tests.
    [[nodiscard]] QUrl objectUrl(const QString &key) const;

private:
    friend class S3Job;
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] bool virtualHosted() const;
    [[nodiscard]] QString requestPath(const QString &key) const;
    [[nodiscard]] QByteArray hostHeader() const;
    QNetworkReply *send(const QByteArray &method, const QString &key,
                        const QList<SigV4Signer::Pair> &query,
                        const QList<SigV4Signer::Pair> &extraHeaders, const QByteArray &body);

    QNetworkAccessManager *m_network;
    S3Location m_location;
    S3Credentials m_credentials;
    S3Options m_options;
    SigV4Signer m_signer;
};

} // namespace Berth::Cloud
