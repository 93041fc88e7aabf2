-- Codes of disputes taken in the app (the demo generator writes its own codes).
CREATE SEQUENCE dispute_code_seq;
