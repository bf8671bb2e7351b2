"""Amazon Bedrock (the reference's ``openai.lib.bedrock``): the token and credentials provider
types; the clients are ``openwire.BedrockOpenAI`` / ``AsyncBedrockOpenAI``."""

from .._bedrock import AsyncBedrockTokenProvider, AwsCredentialsProvider, BedrockTokenProvider

__all__ = ["BedrockTokenProvider", "AsyncBedrockTokenProvider", "AwsCredentialsProvider"]
