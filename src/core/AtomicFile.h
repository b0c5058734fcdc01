#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Berth {

// Writes files the user owns so that a crash, a full disk or a power cut leaves either the old
// file or the new one, never half of each (QSaveFile: write a temporary file, then rename).
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    [[nodiscard]] static Result<void> write(const QString &path, const QByteArray &content);
};

} // namespace Berth
