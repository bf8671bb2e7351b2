# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing_extensions import TypedDict


__all__ = ["AutomaticThreadTitling", "ChatSessionChatKitConfigurationParam", "FileUpload", "History"]


class AutomaticThreadTitling(TypedDict, total=False):
    enabled: bool


class ChatSessionChatKitConfigurationParam(TypedDict, total=False):
    automatic_thread_titling: "AutomaticThreadTitling"
    file_upload: "FileUpload"
    history: "History"


class FileUpload(TypedDict, total=False):
    enabled: bool
    max_file_size: int
    max_files: int


class History(TypedDict, total=False):
    enabled: bool
    recent_threads: int
