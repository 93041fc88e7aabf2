-- Codes of requests taken in the app (the demo generator writes its own Q-prefixed codes).
CREATE SEQUENCE service_request_code_seq;
